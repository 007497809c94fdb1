-- requires: tblDistricts, tblRegions, month, quarter, year
-- Report view uvwAmountRejected: the amount asked (quantity provided x price asked) on the current
-- items and services of rejected claims (ClaimStatus = 1), per month, quarter and year of the claim
-- (its DateTo, or DateFrom when DateTo is empty), health facility and product. Region and
-- DistrictName are the health facility's, given twice (also as HFRegion and HFDistrict).
-- Lines of a product that is no longer current are left out, and so are claims of a health
-- facility that is no longer current; lines without a product are kept (NULL product).
-- Text is grouped as SQL Server groups it (case and trailing spaces ignored): by upper(rtrim(x)), each
-- group showing min(x COLLATE "C") in the column's own type (the text rule in sql-extras/README.md).
CREATE VIEW "uvwAmountRejected" AS
WITH claim_amounts AS (
    -- one row per claim and product for the items, another for the services
    SELECT "ClaimID", "ProdID", sum("QtyProvided" * "PriceAsked") AS amount
    FROM "tblClaimItems"
    WHERE "ValidityTo" IS NULL
    GROUP BY "ClaimID", "ProdID"
    UNION ALL
    SELECT "ClaimID", "ProdID", sum("QtyProvided" * "PriceAsked")
    FROM "tblClaimServices"
    WHERE "ValidityTo" IS NULL
    GROUP BY "ClaimID", "ProdID"
),
claims AS (
    SELECT "ClaimID", "HFID", coalesce("DateTo", "DateFrom") AS claim_date
    FROM "tblClaim"
    WHERE "ValidityTo" IS NULL
      AND "ClaimStatus" = 1
)
SELECT sum(a.amount)                                    AS "amountrejected",
       month(c.claim_date)                              AS "monthtime",
       quarter(c.claim_date)                            AS "quartertime",
       year(c.claim_date)                               AS "yeartime",
       min(hf."HFLevel" COLLATE "C")::varchar(1)        AS "HFLevel",
       min(hf."HFCode" COLLATE "C")::varchar(8)         AS "HFCode",
       min(hf."HFName" COLLATE "C")::varchar(100)       AS "HFName",
       min(hfr."RegionName" COLLATE "C")::varchar(50)   AS "Region",
       min(hfd."DistrictName" COLLATE "C")::varchar(50) AS "DistrictName",
       min(p."ProductCode" COLLATE "C")::varchar(8)     AS "ProductCode",
       min(p."ProductName" COLLATE "C")::varchar(100)   AS "ProductName",
       min(hfd."DistrictName" COLLATE "C")::varchar(50) AS "HFDistrict",
       min(hfr."RegionName" COLLATE "C")::varchar(50)   AS "HFRegion"
FROM claims c
LEFT JOIN claim_amounts a      ON a."ClaimID" = c."ClaimID"
LEFT JOIN "tblProduct" p       ON p."ProdID" = a."ProdID"
LEFT JOIN "tblHF" hf           ON hf."HfID" = c."HFID"
LEFT JOIN "tblDistricts" hfd   ON hfd."DistrictId" = hf."LocationId"
LEFT JOIN "tblRegions" hfr     ON hfr."RegionId" = hfd."Region"
-- tested after the outer joins, as in the original: a missing product or facility passes
WHERE p."ValidityTo" IS NULL
  AND hf."ValidityTo" IS NULL
GROUP BY month(c.claim_date), quarter(c.claim_date), year(c.claim_date), upper(rtrim(hf."HFLevel")),
         upper(rtrim(hf."HFCode")), upper(rtrim(hf."HFName")), upper(rtrim(p."ProductCode")),
         upper(rtrim(p."ProductName")), upper(rtrim(hfd."DistrictName")), upper(rtrim(hfr."RegionName"));
