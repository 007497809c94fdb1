-- requires: tblRegions, tblDistricts, tblWards, tblVillages, month, datename_q, year, datediff_year
-- Report view uvwNumberInsureeAcquired: the number of insurees covered by current policies
-- (through current tblInsureePolicy rows of the policy's family members), per month, quarter (as
-- text, DATENAME) and year of the policy's enrolment date, insuree age and gender, the family's
-- village, ward, district and region, product, and enrolment officer (with the officer's district).
-- "Age" is DATEDIFF(YEAR, DOB, today): the difference of calendar years counted from the current
-- date, so this view changes with the year it is read in. ProdDistrict and ProdRegion are, as in
-- the original, the family's district and region. Policies, insurees, products, families, officers
-- and policy links must be current.
-- Text is grouped as SQL Server groups it (case and trailing spaces ignored): by upper(rtrim(x)), each
-- group showing min(x COLLATE "C") in the column's own type (the text rule in sql-extras/README.md).
CREATE VIEW "uvwNumberInsureeAcquired" AS
SELECT count(i."InsureeID")                              AS "NewInsurees",
       month(pl."EnrollDate")                            AS "monthtime",
       datename_q(pl."EnrollDate")                       AS "quartertime",
       year(pl."EnrollDate")                             AS "yeartime",
       datediff_year(i."DOB", current_date)              AS "Age",
       min(i."Gender" COLLATE "C")::varchar(1)           AS "Gender",
       min(r."RegionName" COLLATE "C")::varchar(50)      AS "Region",
       min(d."DistrictName" COLLATE "C")::varchar(50)    AS "InsDistrict",
       min(v."VillageName" COLLATE "C")::varchar(50)     AS "InsVillage",
       min(w."WardName" COLLATE "C")::varchar(50)        AS "InsWard",
       min(d."DistrictName" COLLATE "C")::varchar(50)    AS "ProdDistrict",
       min(prod."ProductCode" COLLATE "C")::varchar(8)   AS "ProductCode",
       min(prod."ProductName" COLLATE "C")::varchar(100) AS "ProductName",
       min(od."DistrictName" COLLATE "C")::varchar(50)   AS "OfficerDistrict",
       min(o."Code" COLLATE "C")::varchar(8)             AS "Code",
       min(o."LastName" COLLATE "C")::varchar(100)       AS "LastName",
       min(o."OtherNames" COLLATE "C")::varchar(100)     AS "OtherNames",
       min(r."RegionName" COLLATE "C")::varchar(50)      AS "ProdRegion"
FROM "tblPolicy" pl
JOIN "tblInsuree" i          ON i."FamilyID" = pl."FamilyID"
JOIN "tblProduct" prod       ON prod."ProdID" = pl."ProdID"
JOIN "tblFamilies" f         ON f."FamilyID" = pl."FamilyID"
JOIN "tblVillages" v         ON v."VillageId" = f."LocationId"
JOIN "tblWards" w            ON w."WardId" = v."WardId"
JOIN "tblDistricts" d        ON d."DistrictId" = w."DistrictId"
JOIN "tblOfficer" o          ON o."OfficerID" = pl."OfficerID"
JOIN "tblDistricts" od       ON od."DistrictId" = o."LocationId"
JOIN "tblInsureePolicy" ip   ON ip."InsureeID" = i."InsureeID" AND ip."PolicyId" = pl."PolicyID"
JOIN "tblRegions" r          ON r."RegionId" = d."Region"
WHERE pl."ValidityTo" IS NULL
  AND i."ValidityTo" IS NULL
  AND prod."ValidityTo" IS NULL
  AND f."ValidityTo" IS NULL
  AND o."ValidityTo" IS NULL
  AND ip."ValidityTo" IS NULL
GROUP BY month(pl."EnrollDate"), datename_q(pl."EnrollDate"), year(pl."EnrollDate"),
         datediff_year(i."DOB", current_date), upper(rtrim(i."Gender")), upper(rtrim(d."DistrictName")),
         upper(rtrim(v."VillageName")), upper(rtrim(w."WardName")), upper(rtrim(r."RegionName")),
         upper(rtrim(prod."ProductCode")), upper(rtrim(prod."ProductName")), upper(rtrim(od."DistrictName")),
         upper(rtrim(o."Code")), upper(rtrim(o."LastName")), upper(rtrim(o."OtherNames"));
