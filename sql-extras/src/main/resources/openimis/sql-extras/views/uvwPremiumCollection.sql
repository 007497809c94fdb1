-- requires: tblRegions, tblDistricts, tblWards, tblVillages, month, datename_q, year
-- Report view uvwPremiumCollection: the amount of current premiums (contributions) collected, per
-- payment type, payer (type and name; NULL when the premium has no payer), the family's region and
-- district, product, enrolment officer (with the officer's district), and month, quarter (as text,
-- DATENAME) and year of the payment date. Premiums whose payer is no longer current are left out
-- (the original tests the payer after its outer join). Policies and families must be current.
CREATE VIEW "uvwPremiumCollection" AS
SELECT sum(pr."Amount")                AS "Amount",
       pr."PayType",
       pay."PayerType",
       pay."PayerName",
       r."RegionName"                  AS "Region",
       fd."DistrictName",
       prod."ProductCode",
       prod."ProductName",
       o."Code",
       o."LastName",
       o."OtherNames",
       od."DistrictName"               AS "OfficerDistrict",
       month(pr."PayDate")             AS "monthtime",
       datename_q(pr."PayDate")        AS "quartertime",
       year(pr."PayDate")              AS "yeartime"
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
GROUP BY pr."PayType", pay."PayerType", pay."PayerName",
         r."RegionName", prod."ProductCode", prod."ProductName",
         o."Code", o."LastName", o."OtherNames", od."DistrictName",
         month(pr."PayDate"), datename_q(pr."PayDate"), year(pr."PayDate"),
         fd."DistrictName";
