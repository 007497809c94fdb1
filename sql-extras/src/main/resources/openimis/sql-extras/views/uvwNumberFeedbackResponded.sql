-- requires: tblDistricts, tblRegions, month, quarter, year
-- Report view uvwNumberFeedbackResponded: the number of current feedbacks received, per month,
-- quarter and year of the feedback date, product and health facility of the claim. A feedback
-- counts once for each current product found on the current items and services of its claim
-- (claims without a product are not counted). Region and DistrictName are the health facility's,
-- given twice (also as HFRegion and HFDistrict). The claim and the facility are not tested for
-- being current (as in the original).
-- Text is grouped as SQL Server groups it (case and trailing spaces ignored): by upper(rtrim(x)), each
-- group showing min(x COLLATE "C") in the column's own type (the text rule in sql-extras/README.md).
CREATE VIEW "uvwNumberFeedbackResponded" AS
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
SELECT count(f."FeedbackID")                            AS "FeedbackResponded",
       month(f."FeedbackDate")                          AS "monthtime",
       quarter(f."FeedbackDate")                        AS "quartertime",
       year(f."FeedbackDate")                           AS "yeartime",
       min(hfr."RegionName" COLLATE "C")::varchar(50)   AS "Region",
       min(hfd."DistrictName" COLLATE "C")::varchar(50) AS "DistrictName",
       min(p."ProductCode" COLLATE "C")::varchar(8)     AS "ProductCode",
       min(p."ProductName" COLLATE "C")::varchar(100)   AS "ProductName",
       min(hf."HFLevel" COLLATE "C")::varchar(1)        AS "HFLevel",
       min(hf."HFCode" COLLATE "C")::varchar(8)         AS "HFCode",
       min(hf."HFName" COLLATE "C")::varchar(100)       AS "HFName",
       min(hfd."DistrictName" COLLATE "C")::varchar(50) AS "HFDistrict",
       min(hfr."RegionName" COLLATE "C")::varchar(50)   AS "HFRegion"
FROM "tblFeedback" f
JOIN "tblClaim" c         ON c."ClaimID" = f."ClaimID"
JOIN claim_products cp    ON cp."ClaimID" = f."ClaimID"
JOIN "tblProduct" p       ON p."ProdID" = cp."ProdID"
JOIN "tblHF" hf           ON hf."HfID" = c."HFID"
JOIN "tblDistricts" hfd   ON hfd."DistrictId" = hf."LocationId"
JOIN "tblRegions" hfr     ON hfr."RegionId" = hfd."Region"
WHERE f."ValidityTo" IS NULL
  AND p."ValidityTo" IS NULL
GROUP BY year(f."FeedbackDate"), month(f."FeedbackDate"), quarter(f."FeedbackDate"),
         upper(rtrim(p."ProductCode")), upper(rtrim(p."ProductName")), upper(rtrim(hf."HFLevel")),
         upper(rtrim(hf."HFCode")), upper(rtrim(hf."HFName")), upper(rtrim(hfd."DistrictName")),
         upper(rtrim(hfr."RegionName"));
