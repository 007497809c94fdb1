-- requires: tblRegions, tblDistricts, tblWards, tblVillages
-- Report view uvwPopulation: the population figures of every current village (male, female, other,
-- number of households) with its ward, district and region names, and the current year in column
-- "YEAR" (double precision, as upstream's date_part; SQL Server gives YEAR(GETDATE())).
CREATE VIEW "uvwPopulation" AS
SELECT r."RegionName"                  AS "Region",
       d."DistrictName"                AS "District",
       w."WardName"                    AS "Ward",
       v."VillageName"                 AS "Village",
       v."MalePopulation"              AS "Male",
       v."FemalePopulation"            AS "Female",
       v."OtherPopulation"             AS "others",
       v."Families"                    AS "Households",
       date_part('year', now())        AS "YEAR"
FROM "tblVillages" v
JOIN "tblWards" w         ON w."WardId" = v."WardId"
JOIN "tblDistricts" d     ON d."DistrictId" = w."DistrictId"
JOIN "tblRegions" r       ON r."RegionId" = d."Region";
