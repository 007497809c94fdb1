-- requires: tblDistricts, tblRegions, month, quarter, year
-- Report view uvwOverallAssessment: the overall assessment (tblFeedback.Asessment) given in each
-- current feedback, not aggregated: one row per feedback and current product found on the current
-- items and services of its claim (claims without a product give no row), with the month, quarter
-- and year of the feedback date and the claim's health facility (Region and DistrictName are the
-- facility's, given twice). The claim and the facility must be current.
CREATE VIEW "uvwOverallAssessment" AS
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
SELECT f."Asessment",
       month(f."FeedbackDate")         AS "monthtime",
       quarter(f."FeedbackDate")       AS "quartertime",
       year(f."FeedbackDate")          AS "yeartime",
       hfr."RegionName"                AS "Region",
       hfd."DistrictName",
       p."ProductCode",
       p."ProductName",
       hf."HFLevel",
       hf."HFCode",
       hf."HFName",
       hfd."DistrictName"              AS "HFDistrict",
       hfr."RegionName"                AS "HFRegion"
FROM "tblFeedback" f
JOIN "tblClaim" c         ON c."ClaimID" = f."ClaimID"
JOIN claim_products cp    ON cp."ClaimID" = c."ClaimID"
JOIN "tblProduct" p       ON p."ProdID" = cp."ProdID"
JOIN "tblHF" hf           ON hf."HfID" = c."HFID"
JOIN "tblDistricts" hfd   ON hfd."DistrictId" = hf."LocationId"
JOIN "tblRegions" hfr     ON hfr."RegionId" = hfd."Region"
WHERE f."ValidityTo" IS NULL
  AND c."ValidityTo" IS NULL
  AND p."ValidityTo" IS NULL
  AND hf."ValidityTo" IS NULL;
