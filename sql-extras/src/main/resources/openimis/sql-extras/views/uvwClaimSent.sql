-- requires: tblDistricts, tblRegions, month, quarter, year
-- Report view uvwClaimSent: the number of current claims sent beyond the entered state
-- (ClaimStatus > 2, which takes in checked, processed and valuated claims but not rejected ones),
-- per month, quarter and year of the date the claim was made (DateClaimed), health facility and
-- product. A claim counts once for each current product found on its current items and services;
-- a claim with none is not counted, nor is a claim of a facility that is not in a current district
-- of a current region. Region and DistrictName are the health facility's, given twice (also as
-- HFRegion and HFDistrict).
CREATE VIEW "uvwClaimSent" AS
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
SELECT count(c."ClaimID")          AS "claimsent",
       month(c."DateClaimed")      AS "monthtime",
       quarter(c."DateClaimed")    AS "quartertime",
       year(c."DateClaimed")       AS "yeartime",
       hf."HFLevel",
       hf."HFCode",
       hf."HFName",
       hfr."RegionName"            AS "region",
       hfd."DistrictName"          AS "DistrictName",
       p."ProductCode",
       p."ProductName",
       hfd."DistrictName"          AS "HFDistrict",
       hfr."RegionName"            AS "HFRegion"
FROM "tblClaim" c
JOIN claim_products cp    ON cp."ClaimID" = c."ClaimID"
JOIN "tblProduct" p       ON p."ProdID" = cp."ProdID"
JOIN "tblHF" hf           ON hf."HfID" = c."HFID"
JOIN "tblDistricts" hfd   ON hfd."DistrictId" = hf."LocationId"
JOIN "tblRegions" hfr     ON hfr."RegionId" = hfd."Region"
WHERE c."ValidityTo" IS NULL
  AND p."ValidityTo" IS NULL
  AND hf."ValidityTo" IS NULL
  AND c."ClaimStatus" > 2
GROUP BY month(c."DateClaimed"), quarter(c."DateClaimed"), year(c."DateClaimed"),
         hf."HFLevel", hf."HFCode", hf."HFName",
         p."ProductCode", p."ProductName", hfd."DistrictName", hfr."RegionName";
