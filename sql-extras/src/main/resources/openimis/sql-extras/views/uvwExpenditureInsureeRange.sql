-- requires: tblRegions, tblDistricts, tblWards, tblVillages, month, quarter, year, datediff_year
-- Report view uvwExpenditureInsureeRange: the valuated amount (sum of PriceValuated) of each current
-- claim per product, for age-range reports: column "Insuree" holds the claim's ClaimID (as in the
-- original), "Age" is DATEDIFF(YEAR, DOB, claim date), i.e. the difference of the calendar years,
-- and the claim date is DateTo, or DateFrom when DateTo is empty. Region and DistrictName are where
-- the insuree's family lives. No claim status is tested. Only claims of a family head are counted:
-- the family is found through its head (tblFamilies.InsureeID), not through tblInsuree.FamilyID.
-- Lines without a valuated price are left out; products, insurees and families must be current.
-- Text is grouped as SQL Server groups it (case and trailing spaces ignored): by upper(rtrim(x)), each
-- group showing min(x COLLATE "C") in the column's own type (the text rule in sql-extras/README.md).
CREATE VIEW "uvwExpenditureInsureeRange" AS
WITH valuated AS (
    -- one row per claim and product for the items, another for the services
    SELECT "ClaimID", "ProdID", sum("PriceValuated") AS amount
    FROM "tblClaimItems"
    WHERE "ValidityTo" IS NULL AND "PriceValuated" IS NOT NULL
    GROUP BY "ClaimID", "ProdID"
    UNION ALL
    SELECT "ClaimID", "ProdID", sum("PriceValuated")
    FROM "tblClaimServices"
    WHERE "ValidityTo" IS NULL AND "PriceValuated" IS NOT NULL
    GROUP BY "ClaimID", "ProdID"
),
claims AS (
    SELECT "ClaimID", "InsureeID", coalesce("DateTo", "DateFrom") AS claim_date
    FROM "tblClaim"
    WHERE "ValidityTo" IS NULL
)
SELECT sum(val.amount)                                AS "Valuated",
       c."ClaimID"                                    AS "Insuree",
       month(c.claim_date)                            AS "monthtime",
       quarter(c.claim_date)                          AS "quartertime",
       year(c.claim_date)                             AS "yeartime",
       min(r."RegionName" COLLATE "C")::varchar(50)   AS "Region",
       min(d."DistrictName" COLLATE "C")::varchar(50) AS "DistrictName",
       min(p."ProductCode" COLLATE "C")::varchar(8)   AS "ProductCode",
       min(p."ProductName" COLLATE "C")::varchar(100) AS "ProductName",
       datediff_year(i."DOB", c.claim_date)           AS "Age",
       min(i."Gender" COLLATE "C")::varchar(1)        AS "Gender"
FROM valuated val
JOIN claims c             ON c."ClaimID" = val."ClaimID"
JOIN "tblProduct" p       ON p."ProdID" = val."ProdID"
JOIN "tblInsuree" i       ON i."InsureeID" = c."InsureeID"
JOIN "tblFamilies" f      ON f."InsureeID" = i."InsureeID"
JOIN "tblVillages" v      ON v."VillageId" = f."LocationId"
JOIN "tblWards" w         ON w."WardId" = v."WardId"
JOIN "tblDistricts" d     ON d."DistrictId" = w."DistrictId"
JOIN "tblRegions" r       ON r."RegionId" = d."Region"
WHERE p."ValidityTo" IS NULL
  AND i."ValidityTo" IS NULL
  AND f."ValidityTo" IS NULL
GROUP BY c."ClaimID", month(c.claim_date), quarter(c.claim_date), year(c.claim_date),
         upper(rtrim(r."RegionName")), upper(rtrim(d."DistrictName")), upper(rtrim(p."ProductCode")),
         upper(rtrim(p."ProductName")), datediff_year(i."DOB", c.claim_date), upper(rtrim(i."Gender"));
