-- requires: tblDistricts, tblRegions, month, quarter, year
-- Report view uvwClaimValuated: the number of current valuated claims (ClaimStatus = 16) per month,
-- quarter and year of the claim (its DateTo, or DateFrom when DateTo is empty), health facility and
-- product. A claim counts once for each product found on its current items and services (once with
-- NULL product when there is none). Region and DistrictName are the health facility's, given twice
-- (also as HFRegion and HFDistrict).
-- Text is grouped as SQL Server groups it (case and trailing spaces ignored): by upper(rtrim(x)), each
-- group showing min(x COLLATE "C") in the column's own type (the text rule in sql-extras/README.md).
CREATE VIEW "uvwClaimValuated" AS
WITH claim_products AS (
    -- distinct (claim, product) pairs of the current lines that have a product
    SELECT "ClaimID", "ProdID"
    FROM "tblClaimItems"
    WHERE "ValidityTo" IS NULL AND "ProdID" IS NOT NULL
    UNION
    SELECT "ClaimID", "ProdID"
    FROM "tblClaimServices"
    WHERE "ValidityTo" IS NULL AND "ProdID" IS NOT NULL
),
claims AS (
    SELECT "ClaimID", "HFID", coalesce("DateTo", "DateFrom") AS claim_date
    FROM "tblClaim"
    WHERE "ValidityTo" IS NULL
      AND "ClaimStatus" = 16
)
SELECT count(*)                                         AS "TotalClaimValuated",
       month(c.claim_date)                              AS "monthtime",
       quarter(c.claim_date)                            AS "quartertime",
       year(c.claim_date)                               AS "yeartime",
       min(hf."HFLevel" COLLATE "C")::varchar(1)        AS "HFLevel",
       min(hf."HFCode" COLLATE "C")::varchar(8)         AS "HFCode",
       min(hf."HFName" COLLATE "C")::varchar(100)       AS "HFName",
       min(hfd."DistrictName" COLLATE "C")::varchar(50) AS "HFDistrict",
       min(hfd."DistrictName" COLLATE "C")::varchar(50) AS "DistrictName",
       min(p."ProductCode" COLLATE "C")::varchar(8)     AS "ProductCode",
       min(p."ProductName" COLLATE "C")::varchar(100)   AS "ProductName",
       min(hfr."RegionName" COLLATE "C")::varchar(50)   AS "region",
       min(hfr."RegionName" COLLATE "C")::varchar(50)   AS "HFRegion"
FROM claims c
LEFT JOIN claim_products cp    ON cp."ClaimID" = c."ClaimID"
LEFT JOIN "tblHF" hf           ON hf."HfID" = c."HFID"
LEFT JOIN "tblDistricts" hfd   ON hfd."DistrictId" = hf."LocationId"
LEFT JOIN "tblProduct" p       ON p."ProdID" = cp."ProdID"
LEFT JOIN "tblRegions" hfr     ON hfr."RegionId" = hfd."Region"
GROUP BY month(c.claim_date), quarter(c.claim_date), year(c.claim_date), upper(rtrim(hf."HFLevel")),
         upper(rtrim(hf."HFCode")), upper(rtrim(hf."HFName")), upper(rtrim(hfd."DistrictName")),
         upper(rtrim(p."ProductCode")), upper(rtrim(p."ProductName")), upper(rtrim(hfr."RegionName"));
