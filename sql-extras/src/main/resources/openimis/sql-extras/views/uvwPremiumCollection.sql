-- requires: tblRegions, tblDistricts, tblWards, tblVillages, month, datename_q, year
-- Report view uvwPremiumCollection: the amount of current premiums (contributions) collected, per
-- payment type, payer (type and name; NULL when the premium has no payer), the family's region and
-- district, product, enrolment officer (with the officer's district), and month, quarter (as text,
-- DATENAME) and year of the payment date. Premiums whose payer is no longer current are left out
-- (the original tests the payer after its outer join). Policies and families must be current.
-- Text is grouped as SQL Server groups it (case and trailing spaces ignored): by upper(rtrim(x)), each
-- group showing min(x COLLATE "C") in the column's own type (the text rule in sql-extras/README.md).
CREATE VIEW "uvwPremiumCollection" AS
SELECT sum(pr."Amount")                                  AS "Amount",
       min(pr."PayType" COLLATE "C")::varchar(1)         AS "PayType",
       min(pay."PayerType" COLLATE "C")::varchar(1)      AS "PayerType",
       min(pay."PayerName" COLLATE "C")::varchar(100)    AS "PayerName",
       min(r."RegionName" COLLATE "C")::varchar(50)      AS "Region",
       min(fd."DistrictName" COLLATE "C")::varchar(50)   AS "DistrictName",
       min(prod."ProductCode" COLLATE "C")::varchar(8)   AS "ProductCode",
       min(prod."ProductName" COLLATE "C")::varchar(100) AS "ProductName",
       min(o."Code" COLLATE "C")::varchar(8)             AS "Code",
       min(o."LastName" COLLATE "C")::varchar(100)       AS "LastName",
       min(o."OtherNames" COLLATE "C")::varchar(100)     AS "OtherNames",
       min(od."DistrictName" COLLATE "C")::varchar(50)   AS "OfficerDistrict",
       month(pr."PayDate")                               AS "monthtime",
       datename_q(pr."PayDate")                          AS "quartertime",
       year(pr."PayDate")                                AS "yeartime"
FROM "tblPremium" pr
LEFT JOIN "tblPayer" pay     ON pay."PayerID" = pr."PayerID"
JOIN "tblPolicy" pl          ON pl."PolicyID" = pr."PolicyID"
JOIN "tblProduct" prod       ON prod."ProdID" = pl."ProdID"
JOIN "tblOfficer" o          ON o."OfficerID" = pl."OfficerID"
JOIN "tblDistricts" od       ON od."DistrictId" = o."LocationId"
JOIN "tblFamilies" f         ON f."FamilyID" = pl."FamilyID"
JOIN "tblVillages" v         ON v."VillageId" = f."LocationId"
JOIN "tblWards" w            ON w."WardId" = v."WardId"
JOIN "tblDistricts" fd       ON fd."DistrictId" = w."DistrictId"
JOIN "tblRegions" r          ON r."RegionId" = fd."Region"
WHERE pr."ValidityTo" IS NULL
  AND pay."ValidityTo" IS NULL
  AND pl."ValidityTo" IS NULL
  AND f."ValidityTo" IS NULL
GROUP BY upper(rtrim(pr."PayType")), upper(rtrim(pay."PayerType")), upper(rtrim(pay."PayerName")),
         upper(rtrim(r."RegionName")), upper(rtrim(prod."ProductCode")), upper(rtrim(prod."ProductName")),
         upper(rtrim(o."Code")), upper(rtrim(o."LastName")), upper(rtrim(o."OtherNames")),
         upper(rtrim(od."DistrictName")), month(pr."PayDate"), datename_q(pr."PayDate"), year(pr."PayDate"),
         upper(rtrim(fd."DistrictName"));
