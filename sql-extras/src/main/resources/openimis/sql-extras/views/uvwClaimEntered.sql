-- requires: tblDistricts, tblRegions, month, quarter, year
-- Report view uvwClaimEntered: the number of current claims (all statuses) per month, quarter and
-- year of the claim (its DateTo, or DateFrom when DateTo is empty) and health facility, with the
-- facility's district and region. Claims whose facility is not in a current district of a current
-- region are not counted.
-- Text is grouped as SQL Server groups it (case and trailing spaces ignored): by upper(rtrim(x)), each
-- group showing min(x COLLATE "C") in the column's own type (the text rule in sql-extras/README.md).
CREATE VIEW "uvwClaimEntered" AS
WITH claims AS (
    SELECT "ClaimID", "HFID", coalesce("DateTo", "DateFrom") AS claim_date
    FROM "tblClaim"
    WHERE "ValidityTo" IS NULL
)
SELECT count(*)                                         AS "TotalClaimEntered",
       month(c.claim_date)                              AS "monthtime",
       quarter(c.claim_date)                            AS "quartertime",
       year(c.claim_date)                               AS "yeartime",
       min(hf."HFLevel" COLLATE "C")::varchar(1)        AS "HFLevel",
       min(hf."HFCode" COLLATE "C")::varchar(8)         AS "HFCode",
       min(hf."HFName" COLLATE "C")::varchar(100)       AS "HFName",
       min(hfd."DistrictName" COLLATE "C")::varchar(50) AS "HFDistrict",
       min(hfr."RegionName" COLLATE "C")::varchar(50)   AS "HFRegion"
FROM claims c
JOIN "tblHF" hf           ON hf."HfID" = c."HFID"
JOIN "tblDistricts" hfd   ON hfd."DistrictId" = hf."LocationId"
JOIN "tblRegions" hfr     ON hfr."RegionId" = hfd."Region"
GROUP BY month(c.claim_date), quarter(c.claim_date), year(c.claim_date), upper(rtrim(hf."HFLevel")),
         upper(rtrim(hf."HFCode")), upper(rtrim(hf."HFName")), upper(rtrim(hfd."DistrictName")),
         upper(rtrim(hfr."RegionName"));
