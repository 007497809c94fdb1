-- requires: tblRegions, tblDistricts, tblWards, tblVillages, month, datename_q, year, datediff_year
-- Report view uvwNumberPolicyRenewed: the number of renewal policies (PolicyStage 'R'), per month,
-- quarter (as text, DATENAME) and year of the enrolment date, age and gender of the family head
-- (age = DATEDIFF(YEAR, DOB, EnrollDate): difference of calendar years), the family's village,
-- ward, district and region, product, and enrolment officer (with the officer's district).
-- Column names are the catalogue's, including the odd one with a double quote, Prod"DistrictName
-- (the family's district, as in the original; so is ProdRegion the family's region).
-- Policies, families, heads, products and officers must be current.
CREATE VIEW "uvwNumberPolicyRenewed" AS
SELECT count(pl."FamilyID")                        AS "Renewals",
       month(pl."EnrollDate")                      AS "monthtime",
       datename_q(pl."EnrollDate")                 AS "quartertime",
       year(pl."EnrollDate")                       AS "yeartime",
       datediff_year(i."DOB", pl."EnrollDate")     AS "Age",
       i."Gender",
       r."RegionName"                              AS "Region",
       fd."DistrictName"                           AS "InsureeDistrictName",
       fv."VillageName",
       fw."WardName",
       fd."DistrictName"                           AS "Prod""DistrictName",
       prod."ProductCode",
       prod."ProductName",
       od."DistrictName"                           AS "OfficeDistrict",
       o."Code"                                    AS "OfficerCode",
       o."LastName",
       o."OtherNames",
       r."RegionName"                              AS "ProdRegion"
FROM "tblPolicy" pl
JOIN "tblFamilies" f         ON f."FamilyID" = pl."FamilyID"
JOIN "tblInsuree" i          ON i."InsureeID" = f."InsureeID"
JOIN "tblVillages" fv        ON fv."VillageId" = f."LocationId"
JOIN "tblWards" fw           ON fw."WardId" = fv."WardId"
JOIN "tblDistricts" fd       ON fd."DistrictId" = fw."DistrictId"
JOIN "tblProduct" prod       ON prod."ProdID" = pl."ProdID"
JOIN "tblOfficer" o          ON o."OfficerID" = pl."OfficerID"
JOIN "tblDistricts" od       ON od."DistrictId" = o."LocationId"
JOIN "tblRegions" r          ON r."RegionId" = fd."Region"
WHERE pl."ValidityTo" IS NULL
  AND f."ValidityTo" IS NULL
  AND i."ValidityTo" IS NULL
  AND prod."ValidityTo" IS NULL
  AND o."ValidityTo" IS NULL
  AND upper(pl."PolicyStage") = 'R'
GROUP BY month(pl."EnrollDate"), datename_q(pl."EnrollDate"), year(pl."EnrollDate"),
         datediff_year(i."DOB", pl."EnrollDate"), i."Gender",
         r."RegionName", fd."DistrictName", fv."VillageName", fw."WardName",
         prod."ProductCode", prod."ProductName",
         od."DistrictName", o."Code", o."LastName", o."OtherNames";
