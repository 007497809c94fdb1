-- requires: tblRegions, tblDistricts, tblWards, tblVillages, month, datename_q, year, datediff_year
-- Report view uvwNumberPolicyRenewed: the number of renewal policies (PolicyStage 'R'), per month,
-- quarter (as text, DATENAME) and year of the enrolment date, age and gender of the family head
-- (age = DATEDIFF(YEAR, DOB, EnrollDate): difference of calendar years), the family's village,
-- ward, district and region, product, and enrolment officer (with the officer's district).
-- Column names are the catalogue's, including the odd one with a double quote, Prod"DistrictName
-- (the family's district, as in the original; so is ProdRegion the family's region).
-- Policies, families, heads, products and officers must be current.
-- Text is grouped as SQL Server groups it (case and trailing spaces ignored): by upper(rtrim(x)), each
-- group showing min(x COLLATE "C") in the column's own type (the text rule in sql-extras/README.md).
CREATE VIEW "uvwNumberPolicyRenewed" AS
SELECT count(pl."FamilyID")                              AS "Renewals",
       month(pl."EnrollDate")                            AS "monthtime",
       datename_q(pl."EnrollDate")                       AS "quartertime",
       year(pl."EnrollDate")                             AS "yeartime",
       datediff_year(i."DOB", pl."EnrollDate")           AS "Age",
       min(i."Gender" COLLATE "C")::varchar(1)           AS "Gender",
       min(r."RegionName" COLLATE "C")::varchar(50)      AS "Region",
       min(fd."DistrictName" COLLATE "C")::varchar(50)   AS "InsureeDistrictName",
       min(fv."VillageName" COLLATE "C")::varchar(50)    AS "VillageName",
       min(fw."WardName" COLLATE "C")::varchar(50)       AS "WardName",
       min(fd."DistrictName" COLLATE "C")::varchar(50)   AS "Prod""DistrictName",
       min(prod."ProductCode" COLLATE "C")::varchar(8)   AS "ProductCode",
       min(prod."ProductName" COLLATE "C")::varchar(100) AS "ProductName",
       min(od."DistrictName" COLLATE "C")::varchar(50)   AS "OfficeDistrict",
       min(o."Code" COLLATE "C")::varchar(8)             AS "OfficerCode",
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
  AND upper(pl."PolicyStage") = 'R'
GROUP BY month(pl."EnrollDate"), datename_q(pl."EnrollDate"), year(pl."EnrollDate"),
         datediff_year(i."DOB", pl."EnrollDate"), upper(rtrim(i."Gender")), upper(rtrim(r."RegionName")),
         upper(rtrim(fd."DistrictName")), upper(rtrim(fv."VillageName")), upper(rtrim(fw."WardName")),
         upper(rtrim(prod."ProductCode")), upper(rtrim(prod."ProductName")), upper(rtrim(od."DistrictName")),
         upper(rtrim(o."Code")), upper(rtrim(o."LastName")), upper(rtrim(o."OtherNames"));
