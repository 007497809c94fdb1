-- requires: tblDistricts, tblRegions, month, quarter, year
-- Report view uvwNumberFeedbackResponded: the number of current feedbacks received, per month,
-- quarter and year of the feedback date, product and health facility of the claim. A feedback
-- counts once for each current product found on the current items and services of its claim
-- (claims without a product are not counted). Region and DistrictName are the health facility's,
-- given twice (also as HFRegion and HFDistrict). The claim and the facility are not tested for
-- being current (as in the original).
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
SELECT count(f."FeedbackID")           AS "FeedbackResponded",
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
JOIN claim_products cp    ON cp."ClaimID" = f."ClaimID"
JOIN "tblProduct" p       ON p."ProdID" = cp."ProdID"
JOIN "tblHF" hf           ON hf."HfID" = c."HFID"
JOIN "tblDistricts" hfd   ON hfd."DistrictId" = hf."LocationId"
JOIN "tblRegions" hfr     ON hfr."RegionId" = hfd."Region"
WHERE f."ValidityTo" IS NULL
  AND p."ValidityTo" IS NULL
GROUP BY year(f."FeedbackDate"), month(f."FeedbackDate"), quarter(f."FeedbackDate"),
         p."ProductCode", p."ProductName",
         hf."HFLevel", hf."HFCode", hf."HFName", hfd."DistrictName", hfr."RegionName";
