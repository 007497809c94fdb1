-- requires: tblDistricts, tblRegions, month, quarter, year
-- Report view uvwClaimProcessed: the number of current claims that were processed or valuated
-- (ClaimStatus >= 8) per month, quarter and year of the claim (its DateTo, or DateFrom when DateTo
-- is empty), health facility and product. A claim counts once for each product found on its current
-- items and services (once with NULL product when there is none). Region and DistrictName are the
-- health facility's, given twice (also as HFRegion and HFDistrict).
CREATE VIEW "uvwClaimProcessed" AS
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
      AND "ClaimStatus" >= 8
)
SELECT count(*)                AS "totalclaimprocessed",
       month(c.claim_date)     AS "monthtime",
       quarter(c.claim_date)   AS "quartertime",
       year(c.claim_date)      AS "yeartime",
       hf."HFLevel",
       hf."HFCode",
       hf."HFName",
       hfd."DistrictName"      AS "HFDistrict",
       hfd."DistrictName"      AS "DistrictName",
       p."ProductCode",
       p."ProductName",
       hfr."RegionName"        AS "Region",
       hfr."RegionName"        AS "HFRegion"
FROM claims c
LEFT JOIN claim_products cp    ON cp."ClaimID" = c."ClaimID"
LEFT JOIN "tblHF" hf           ON hf."HfID" = c."HFID"
LEFT JOIN "tblDistricts" hfd   ON hfd."DistrictId" = hf."LocationId"
LEFT JOIN "tblProduct" p       ON p."ProdID" = cp."ProdID"
LEFT JOIN "tblRegions" hfr     ON hfr."RegionId" = hfd."Region"
GROUP BY month(c.claim_date), quarter(c.claim_date), year(c.claim_date),
         hf."HFLevel", hf."HFCode", hf."HFName",
         hfd."DistrictName", p."ProductCode", p."ProductName", hfr."RegionName";
