-- requires: tblDistricts, tblRegions, month, quarter, year, datediff_day, datediff_year
-- Report view uvwHospitalAdmissions: the number of hospital admissions, i.e. current claims whose
-- treatment spans at least one midnight (DATEDIFF(DAY, DateFrom, DateTo) > 0; claims without DateTo
-- are left out) and that are not rejected (ClaimStatus <> 1; entered claims count too).
-- Grouped by month, quarter and year of the claim (DateTo), product, insuree age (DATEDIFF(YEAR, DOB,
-- DateTo): difference of calendar years) and gender, health facility (Region and DistrictName are
-- the facility's, given twice), visit type and main diagnosis. A claim counts once for each product
-- of its current, not rejected (RejectionReason = 0) items and services, or once with NULL product
-- when it has none; claims of a product, insuree or facility that is no longer current are left
-- out.
-- Text is grouped as SQL Server groups it (case and trailing spaces ignored): by upper(rtrim(x)), each
-- group showing min(x COLLATE "C") in the column's own type (the text rule in sql-extras/README.md).
CREATE VIEW "uvwHospitalAdmissions" AS
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
SELECT count(c."ClaimID")                               AS "admissions",
       month(c.claim_date)                              AS "monthtime",
       quarter(c.claim_date)                            AS "quartertime",
       year(c.claim_date)                               AS "yeartime",
       min(hfr."RegionName" COLLATE "C")::varchar(50)   AS "region",
       min(hfd."DistrictName" COLLATE "C")::varchar(50) AS "DistrictName",
       min(p."ProductCode" COLLATE "C")::varchar(8)     AS "ProductCode",
       min(p."ProductName" COLLATE "C")::varchar(100)   AS "ProductName",
       datediff_year(i."DOB", c.claim_date)             AS "Age",
       min(i."Gender" COLLATE "C")::varchar(1)          AS "Gender",
       min(hf."HFLevel" COLLATE "C")::varchar(1)        AS "HFLevel",
       min(hf."HFCode" COLLATE "C")::varchar(8)         AS "HFCode",
       min(hf."HFName" COLLATE "C")::varchar(100)       AS "HFName",
       min(c."VisitType" COLLATE "C")::varchar(1)       AS "VisitType",
       min(icd."ICDCode" COLLATE "C")::varchar(255)     AS "ICDCode",
       min(icd."ICDName" COLLATE "C")::varchar(255)     AS "ICDName",
       min(hfd."DistrictName" COLLATE "C")::varchar(50) AS "HFDistrict",
       min(hfr."RegionName" COLLATE "C")::varchar(50)   AS "HFRegion"
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
GROUP BY month(c.claim_date), quarter(c.claim_date), year(c.claim_date), upper(rtrim(p."ProductCode")),
         upper(rtrim(p."ProductName")), datediff_year(i."DOB", c.claim_date), upper(rtrim(i."Gender")),
         upper(rtrim(hf."HFLevel")), upper(rtrim(hf."HFCode")), upper(rtrim(hf."HFName")),
         upper(rtrim(c."VisitType")), upper(rtrim(icd."ICDCode")), upper(rtrim(icd."ICDName")),
         upper(rtrim(hfd."DistrictName")), upper(rtrim(hfr."RegionName"));
