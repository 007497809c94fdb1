-- requires: tblDistricts, tblRegions, month, quarter, year, datediff_day, datediff_year
-- Report view uvwHospitalDays: the number of days in hospital (sum of DATEDIFF(DAY, DateFrom,
-- DateTo)) of current claims whose treatment spans at least one midnight (claims without DateTo are
-- left out) and that are not rejected (ClaimStatus <> 1; entered claims count too).
-- Grouped by month, quarter and year of the claim (DateTo), product, insuree age (DATEDIFF(YEAR, DOB,
-- DateTo): difference of calendar years) and gender, health facility (Region and DistrictName are
-- the facility's, given twice), visit type and main diagnosis. A claim counts once for each product
-- of its current, not rejected (RejectionReason = 0) items and services, or once with NULL product
-- when it has none; claims of a product, insuree or facility that is no longer current are left
-- out.
CREATE VIEW "uvwHospitalDays" AS
WITH claim_products AS (
    -- distinct (claim, product) pairs of the current lines that were not rejected
    SELECT "ClaimID", "ProdID"
    FROM "tblClaimItems"
    WHERE "ValidityTo" IS NULL AND "RejectionReason" = 0
    UNION
    SELECT "ClaimID", "ProdID"
    FROM "tblClaimServices"
    WHERE "ValidityTo" IS NULL AND "RejectionReason" = 0
),
claims AS (
    SELECT "ClaimID", "HFID", "InsureeID", "ICDID", "VisitType", "DateFrom", "DateTo",
           coalesce("DateTo", "DateFrom") AS claim_date
    FROM "tblClaim"
    WHERE "ValidityTo" IS NULL
      AND "ClaimStatus" <> 1
      AND datediff_day("DateFrom", "DateTo") > 0
)
SELECT sum(datediff_day(c."DateFrom", c."DateTo")) AS "hospitaldays",
       month(c.claim_date)                        AS "monthtime",
       quarter(c.claim_date)                      AS "quartertime",
       year(c.claim_date)                         AS "yeartime",
       hfr."RegionName"                           AS "Region",
       hfd."DistrictName",
       p."ProductCode",
       p."ProductName",
       datediff_year(i."DOB", c.claim_date)       AS "Age",
       i."Gender",
       hf."HFLevel",
       hf."HFCode",
       hf."HFName",
       c."VisitType",
       icd."ICDCode",
       icd."ICDName",
       hfd."DistrictName"                         AS "HFDistrict",
       hfr."RegionName"                           AS "HFRegion"
FROM claims c
LEFT JOIN claim_products cp    ON cp."ClaimID" = c."ClaimID"
LEFT JOIN "tblProduct" p       ON p."ProdID" = cp."ProdID"
LEFT JOIN "tblInsuree" i       ON i."InsureeID" = c."InsureeID"
LEFT JOIN "tblHF" hf           ON hf."HfID" = c."HFID"
LEFT JOIN "tblICDCodes" icd    ON icd."ICDID" = c."ICDID"
LEFT JOIN "tblDistricts" hfd   ON hfd."DistrictId" = hf."LocationId"
LEFT JOIN "tblRegions" hfr     ON hfr."RegionId" = hfd."Region"
-- tested after the outer joins, as in the original: a missing product passes
WHERE p."ValidityTo" IS NULL
  AND i."ValidityTo" IS NULL
  AND hf."ValidityTo" IS NULL
GROUP BY month(c.claim_date), quarter(c.claim_date), year(c.claim_date),
         p."ProductCode", p."ProductName",
         datediff_year(i."DOB", c.claim_date), i."Gender",
         hf."HFLevel", hf."HFCode", hf."HFName", c."VisitType",
         icd."ICDCode", icd."ICDName", hfd."DistrictName", hfr."RegionName";
