-- requires: tblRegions, tblDistricts, tblWards, tblVillages, month, quarter, year, datediff_day, datediff_year
-- Report view uvwServiceUtilization: the quantity provided (sum of QtyProvided) of current, not
-- rejected (RejectionReason = 0) claim services of claims past the entered state (ClaimStatus > 2:
-- checked, processed, valuated), per month, quarter and year of the claim (DateTo, or DateFrom when
-- DateTo is empty), product, insuree age (DATEDIFF(YEAR, DOB, claim date): difference of calendar
-- years) and gender, service, care type (ServCareType 'I' when the treatment spans a midnight, else
-- 'O'), health facility, visit type, main diagnosis and the insuree's village.
-- Column meanings, as in the original: Region, DistrictName and ProdRegion are where the insuree's
-- family lives (IDistrictName = DistrictName), HFDistrict and HFRegion the health facility's.
-- As in the original, rows are grouped by the number of days of the treatment, not only by the care
-- type: claims that differ only in their length give separate rows.
-- The product is optional (NULL when the line has none) but must be current when present; claims,
-- insurees, families, services and facilities must be current.
-- Text is grouped as SQL Server groups it (case and trailing spaces ignored): by upper(rtrim(x)), each
-- group showing min(x COLLATE "C") in the column's own type (the text rule in sql-extras/README.md).
CREATE VIEW "uvwServiceUtilization" AS
WITH claims AS (
    SELECT "ClaimID", "HFID", "InsureeID", "ICDID", "VisitType",
           coalesce("DateTo", "DateFrom") AS claim_date,
           datediff_day("DateFrom", "DateTo") AS days
    FROM "tblClaim"
    WHERE "ValidityTo" IS NULL
      AND "ClaimStatus" > 2
)
SELECT sum(cs."QtyProvided")                             AS "serviceutilized",
       month(c.claim_date)                               AS "monthtime",
       quarter(c.claim_date)                             AS "quartertime",
       year(c.claim_date)                                AS "yeartime",
       min(r."RegionName" COLLATE "C")::varchar(50)      AS "Region",
       min(dins."DistrictName" COLLATE "C")::varchar(50) AS "DistrictName",
       min(p."ProductCode" COLLATE "C")::varchar(8)      AS "ProductCode",
       min(p."ProductName" COLLATE "C")::varchar(100)    AS "ProductName",
       datediff_year(i."DOB", c.claim_date)              AS "Age",
       min(i."Gender" COLLATE "C")::varchar(1)           AS "Gender",
       min(s."ServType" COLLATE "C")::varchar(1)         AS "ServType",
       min(s."ServCode" COLLATE "C")::varchar(6)         AS "ServCode",
       min(s."ServName" COLLATE "C")::varchar(100)       AS "ServName",
       -- bpchar, the type of this column upstream
       CASE WHEN c.days > 0 THEN 'I'::bpchar ELSE 'O'::bpchar END AS "ServCareType",
       min(hf."HFLevel" COLLATE "C")::varchar(1)         AS "HFLevel",
       min(hf."HFCode" COLLATE "C")::varchar(8)          AS "HFCode",
       min(hf."HFName" COLLATE "C")::varchar(100)        AS "HFName",
       min(c."VisitType" COLLATE "C")::varchar(1)        AS "VisitType",
       min(icd."ICDCode" COLLATE "C")::varchar(255)      AS "ICDCode",
       min(icd."ICDName" COLLATE "C")::varchar(255)      AS "ICDName",
       min(dins."DistrictName" COLLATE "C")::varchar(50) AS "IDistrictName",
       min(w."WardName" COLLATE "C")::varchar(50)        AS "WardName",
       min(v."VillageName" COLLATE "C")::varchar(50)     AS "VillageName",
       min(hfd."DistrictName" COLLATE "C")::varchar(50)  AS "HFDistrict",
       min(hfr."RegionName" COLLATE "C")::varchar(50)    AS "HFRegion",
       min(r."RegionName" COLLATE "C")::varchar(50)      AS "ProdRegion"
FROM "tblClaimServices" cs
JOIN claims c             ON c."ClaimID" = cs."ClaimID"
LEFT JOIN "tblProduct" p  ON p."ProdID" = cs."ProdID"
JOIN "tblInsuree" i       ON i."InsureeID" = c."InsureeID"
JOIN "tblFamilies" f      ON f."FamilyID" = i."FamilyID"
JOIN "tblVillages" v      ON v."VillageId" = f."LocationId"
JOIN "tblWards" w         ON w."WardId" = v."WardId"
JOIN "tblDistricts" dins  ON dins."DistrictId" = w."DistrictId"
JOIN "tblServices" s      ON s."ServiceID" = cs."ServiceID"
JOIN "tblHF" hf           ON hf."HfID" = c."HFID"
JOIN "tblICDCodes" icd    ON icd."ICDID" = c."ICDID"
JOIN "tblDistricts" hfd   ON hfd."DistrictId" = hf."LocationId"
JOIN "tblRegions" r       ON r."RegionId" = dins."Region"
JOIN "tblRegions" hfr     ON hfr."RegionId" = hfd."Region"
WHERE cs."ValidityTo" IS NULL
  AND cs."RejectionReason" = 0
  AND p."ValidityTo" IS NULL
  AND i."ValidityTo" IS NULL
  AND f."ValidityTo" IS NULL
  AND s."ValidityTo" IS NULL
  AND hf."ValidityTo" IS NULL
GROUP BY month(c.claim_date), quarter(c.claim_date), year(c.claim_date), upper(rtrim(r."RegionName")),
         upper(rtrim(p."ProductCode")), upper(rtrim(p."ProductName")), datediff_year(i."DOB", c.claim_date),
         upper(rtrim(i."Gender")), upper(rtrim(s."ServType")), upper(rtrim(s."ServCode")),
         upper(rtrim(s."ServName")), c.days, upper(rtrim(hf."HFLevel")), upper(rtrim(hf."HFCode")),
         upper(rtrim(hf."HFName")), upper(rtrim(c."VisitType")), upper(rtrim(icd."ICDCode")),
         upper(rtrim(icd."ICDName")), upper(rtrim(dins."DistrictName")), upper(rtrim(w."WardName")),
         upper(rtrim(v."VillageName")), upper(rtrim(hfd."DistrictName")), upper(rtrim(hfr."RegionName"));
