-- requires: tblDistricts, tblRegions, month, quarter, year
-- Report view uvwNumberFeedbackSent: the number of current feedback prompts sent
-- (tblFeedbackPrompt), per month, quarter and year of the prompt date, product and health facility
-- of the claim. A prompt counts once for each current product found on the current items and
-- services of its claim (claims without a product are not counted). Region and DistrictName are
-- the health facility's, given twice (also as HFRegion and HFDistrict). The claim and the facility
-- are not tested for being current (as in the original).
CREATE VIEW "uvwNumberFeedbackSent" AS
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
SELECT count(fp."FeedbackPromptID")        AS "FeedbackSent",
       month(fp."FeedbackPromptDate")      AS "monthtime",
       quarter(fp."FeedbackPromptDate")    AS "quartertime",
       year(fp."FeedbackPromptDate")       AS "yeartime",
       hfr."RegionName"                    AS "Region",
       hfd."DistrictName",
       p."ProductCode",
       p."ProductName",
       hf."HFLevel",
       hf."HFCode",
       hf."HFName",
       hfd."DistrictName"                  AS "HFDistrict",
       hfr."RegionName"                    AS "HFRegion"
FROM "tblFeedbackPrompt" fp
JOIN "tblClaim" c         ON c."ClaimID" = fp."ClaimID"
JOIN claim_products cp    ON cp."ClaimID" = fp."ClaimID"
JOIN "tblProduct" p       ON p."ProdID" = cp."ProdID"
JOIN "tblHF" hf           ON hf."HfID" = c."HFID"
JOIN "tblDistricts" hfd   ON hfd."DistrictId" = hf."LocationId"
JOIN "tblRegions" hfr     ON hfr."RegionId" = hfd."Region"
WHERE fp."ValidityTo" IS NULL
  AND p."ValidityTo" IS NULL
GROUP BY year(fp."FeedbackPromptDate"), month(fp."FeedbackPromptDate"), quarter(fp."FeedbackPromptDate"),
         p."ProductCode", p."ProductName",
         hf."HFLevel", hf."HFCode", hf."HFName", hfd."DistrictName", hfr."RegionName";
