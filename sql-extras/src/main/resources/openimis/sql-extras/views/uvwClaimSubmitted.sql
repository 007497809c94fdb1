-- requires: tblDistricts, tblRegions, month, quarter, year
-- Report view uvwClaimSubmitted: the number of current claims that were submitted, i.e. checked,
-- processed or valuated (ClaimStatus >= 4) or rejected (ClaimStatus = 1), per month, quarter and
-- year of the claim (its DateTo, or DateFrom when DateTo is empty) and health facility, with the
-- facility's district and region. Claims whose facility is not in a current district of a current
-- region are not counted.
CREATE VIEW "uvwClaimSubmitted" AS
WITH claims AS (
    SELECT "ClaimID", "HFID", coalesce("DateTo", "DateFrom") AS claim_date
    FROM "tblClaim"
    WHERE "ValidityTo" IS NULL
      AND ("ClaimStatus" >= 4 OR "ClaimStatus" = 1)
)
SELECT count(*)                AS "totalclaimsubmitted",
       month(c.claim_date)     AS "monthtime",
       quarter(c.claim_date)   AS "quartertime",
       year(c.claim_date)      AS "yeartime",
       hf."HFLevel",
       hf."HFCode",
       hf."HFName",
       hfd."DistrictName"      AS "HFDistrict",
       hfr."RegionName"        AS "HFRegion"
FROM claims c
JOIN "tblHF" hf           ON hf."HfID" = c."HFID"
JOIN "tblDistricts" hfd   ON hfd."DistrictId" = hf."LocationId"
JOIN "tblRegions" hfr     ON hfr."RegionId" = hfd."Region"
GROUP BY month(c.claim_date), quarter(c.claim_date), year(c.claim_date),
         hf."HFLevel", hf."HFCode", hf."HFName",
         hfd."DistrictName", hfr."RegionName";
