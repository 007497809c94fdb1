-- requires: tblDistricts, tblRegions, month, quarter, year
-- Report view uvwClaimSent: the number of current claims sent beyond the entered state
-- (ClaimStatus > 2, which takes in checked, processed and valuated claims but not rejected ones),
-- per month, quarter and year of the date the claim was made (DateClaimed), health facility and
-- product. A claim counts once for each current product found on its current items and services;
-- a claim with none is not counted, nor is a claim of a facility that is not in a current district
-- of a current region. Region and DistrictName are the health facility's, given twice (also as
-- HFRegion and HFDistrict).
-- Text is grouped as SQL Server groups it (case and trailing spaces ignored): by upper(rtrim(x)), each
-- group showing min(x COLLATE "C") in the column's own type (the text rule in sql-extras/README.md).
CREATE VIEW "uvwClaimSent" AS
WITH claim_products AS (
    -- distinct (claim, product) pairs of the current lines
    SELECT "ClaimID", "ProdID"
    FROM "tblClaimItems"
    WHERE "ValidityTo" IS NULL
    UNION
    SELECT "ClaimID", "ProdID"
    FROM "tblClaimServices"
    WHERE "ValidityTo" IS NULL
)
SELECT count(c."ClaimID")                               AS "claimsent",
       month(c."DateClaimed")                           AS "monthtime",
       quarter(c."DateClaimed")                         AS "quartertime",
       year(c."DateClaimed")                            AS "yeartime",
       min(hf."HFLevel" COLLATE "C")::varchar(1)        AS "HFLevel",
       min(hf."HFCode" COLLATE "C")::varchar(8)         AS "HFCode",
       min(hf."HFName" COLLATE "C")::varchar(100)       AS "HFName",
       min(hfr."RegionName" COLLATE "C")::varchar(50)   AS "region",
       min(hfd."DistrictName" COLLATE "C")::varchar(50) AS "DistrictName",
       min(p."ProductCode" COLLATE "C")::varchar(8)     AS "ProductCode",
       min(p."ProductName" COLLATE "C")::varchar(100)   AS "ProductName",
       min(hfd."DistrictName" COLLATE "C")::varchar(50) AS "HFDistrict",
       min(hfr."RegionName" COLLATE "C")::varchar(50)   AS "HFRegion"
FROM "tblClaim" c
JOIN claim_products cp    ON cp."ClaimID" = c."ClaimID"
JOIN "tblProduct" p       ON p."ProdID" = cp."ProdID"
JOIN "tblHF" hf           ON hf."HfID" = c."HFID"
JOIN "tblDistricts" hfd   ON hfd."DistrictId" = hf."LocationId"
JOIN "tblRegions" hfr     ON hfr."RegionId" = hfd."Region"
WHERE c."ValidityTo" IS NULL
  AND p."ValidityTo" IS NULL
  AND hf."ValidityTo" IS NULL
  AND c."ClaimStatus" > 2
GROUP BY month(c."DateClaimed"), quarter(c."DateClaimed"), year(c."DateClaimed"), upper(rtrim(hf."HFLevel")),
         upper(rtrim(hf."HFCode")), upper(rtrim(hf."HFName")), upper(rtrim(p."ProductCode")),
         upper(rtrim(p."ProductName")), upper(rtrim(hfd."DistrictName")), upper(rtrim(hfr."RegionName"));
