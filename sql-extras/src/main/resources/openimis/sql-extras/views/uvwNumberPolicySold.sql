-- requires: tblRegions, tblDistricts, tblWards, tblVillages, month, datename_q, year, datediff_year
-- Report view uvwNumberPolicySold: the number of new policies (PolicyStage 'N'), per month,
-- quarter (as text, DATENAME) and year of the enrolment date, age and gender of the family head
-- (age = DATEDIFF(YEAR, DOB, EnrollDate): difference of calendar years), the family's village,
-- ward, district and region, product, and enrolment officer (with the officer's district).
-- ProdDistrict and ProdRegion are, as in the original, the family's district and region.
-- Policies, families, heads, products and officers must be current.
-- Text is grouped as SQL Server groups it (case and trailing spaces ignored): by upper(rtrim(x)), each
-- group showing min(x COLLATE "C") in the column's own type (the text rule in sql-extras/README.md).
CREATE VIEW "uvwNumberPolicySold" AS
SELECT count(pl."FamilyID")                              AS "soldpolicy",
       month(pl."EnrollDate")                            AS "monthtime",
       datename_q(pl."EnrollDate")                       AS "quartertime",
       year(pl."EnrollDate")                             AS "yeartime",
       datediff_year(i."DOB", pl."EnrollDate")           AS "Age",
       min(i."Gender" COLLATE "C")::varchar(1)           AS "Gender",
       min(r."RegionName" COLLATE "C")::varchar(50)      AS "Region",
       min(fd."DistrictName" COLLATE "C")::varchar(50)   AS "InsDistrict",
       min(fv."VillageName" COLLATE "C")::varchar(50)    AS "InsVillage",
       min(fw."WardName" COLLATE "C")::varchar(50)       AS "InsWard",
       min(fd."DistrictName" COLLATE "C")::varchar(50)   AS "ProdDistrict",
       min(prod."ProductCode" COLLATE "C")::varchar(8)   AS "ProductCode",
       min(prod."ProductName" COLLATE "C")::varchar(100) AS "ProductName",
       min(od."DistrictName" COLLATE "C")::varchar(50)   AS "OfficerDistrict",
       min(o."Code" COLLATE "C")::varchar(8)             AS "Code",
       min(o."LastName" COLLATE "C")::varchar(100)       AS "LastName",
       min(o."OtherNames" COLLATE "C")::varchar(100)     AS "OtherNames",
       min(r."RegionName" COLLATE "C")::varchar(50)      AS "ProdRegion"
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
  AND upper(pl."PolicyStage") = 'N'
GROUP BY month(pl."EnrollDate"), datename_q(pl."EnrollDate"), year(pl."EnrollDate"),
         datediff_year(i."DOB", pl."EnrollDate"), upper(rtrim(i."Gender")), upper(rtrim(r."RegionName")),
         upper(rtrim(fd."DistrictName")), upper(rtrim(fv."VillageName")), upper(rtrim(fw."WardName")),
         upper(rtrim(prod."ProductCode")), upper(rtrim(prod."ProductName")), upper(rtrim(od."DistrictName")),
         upper(rtrim(o."Code")), upper(rtrim(o."LastName")), upper(rtrim(o."OtherNames"));
