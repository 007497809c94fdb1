-- requires: tblDistricts, tblRegions, month, quarter, year
-- Report view uvwAmountValuated: the amount remunerated (RemuneratedAmount) on the current items
-- and services of valuated claims (ClaimStatus = 16), per month, quarter and year of the claim
-- (its DateTo, or DateFrom when DateTo is empty), health facility and product. Region and
-- DistrictName are the health facility's, given twice (also as HFRegion and HFDistrict). A claim
-- with no current line still counts: its row has NULL product and amount.
-- Text is grouped as SQL Server groups it (case and trailing spaces ignored): by upper(rtrim(x)), each
-- group showing min(x COLLATE "C") in the column's own type (the text rule in sql-extras/README.md).
CREATE VIEW "uvwAmountValuated" AS
WITH claim_amounts AS (
    -- one row per claim and product for the items, another for the services
    SELECT "ClaimID", "ProdID", sum("RemuneratedAmount") AS amount
    FROM "tblClaimItems"
    WHERE "ValidityTo" IS NULL
    GROUP BY "ClaimID", "ProdID"
    UNION ALL
    SELECT "ClaimID", "ProdID", sum("RemuneratedAmount")
    FROM "tblClaimServices"
    WHERE "ValidityTo" IS NULL
    GROUP BY "ClaimID", "ProdID"
),
claims AS (
    SELECT "ClaimID", "HFID", coalesce("DateTo", "DateFrom") AS claim_date
    FROM "tblClaim"
    WHERE "ValidityTo" IS NULL
      AND "ClaimStatus" = 16
)
SELECT sum(a.amount)                                    AS "AmountValuated",
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
GROUP BY month(c.claim_date), quarter(c.claim_date), year(c.claim_date), upper(rtrim(hf."HFLevel")),
         upper(rtrim(hf."HFCode")), upper(rtrim(hf."HFName")), upper(rtrim(p."ProductCode")),
         upper(rtrim(p."ProductName")), upper(rtrim(hfd."DistrictName")), upper(rtrim(hfr."RegionName"));
