-- requires: uvwLocations, month, year
-- udfRejectedClaims(themonth, theyear, prodid, hfid, locationid): the number of rejected claims
-- (ClaimStatus 1) per health facility and product, for the live claims whose DateFrom falls in
-- themonth of theyear, made at a live health facility. The count is in the column "ClaimID" (the
-- name the PostgreSQL signature gives it; SQL Server calls it RejectedClaims).
-- A claim counts once under every product ("ProdID") one of its live item or service lines is
-- charged to, NULL (no product, usual for rejected lines) being a group of its own.
-- prodid 0: all products (NULL included). hfid 0: all facilities. locationid 0 or NULL:
-- everywhere, else the region or district id the facility's location lies in. The facility may be
-- placed at any level (region, district, ward, village), but its location must be live with a live
-- chain of parents up to a region (a row of uvwLocations), else it is never counted.
-- Arguments in the upstream PostgreSQL order (SQL Server: prodid, hfid, locationid, month, year).
CREATE FUNCTION "udfRejectedClaims"(
    themonth integer,
    theyear integer,
    prodid integer DEFAULT 0,
    hfid integer DEFAULT 0,
    locationid integer DEFAULT 0
)
RETURNS TABLE("HFID" integer, "ProdID" integer, "ClaimID" integer)
LANGUAGE sql STABLE
AS $$
    WITH claim_lines AS (
        -- the live lines of every claim, with the product each is charged to
        SELECT ci."ClaimID", ci."ProdID" FROM "tblClaimItems" ci WHERE ci."ValidityTo" IS NULL
        UNION ALL
        SELECT cs."ClaimID", cs."ProdID" FROM "tblClaimServices" cs WHERE cs."ValidityTo" IS NULL
    )
    SELECT hf."HfID", l."ProdID", count(DISTINCT c."ClaimID")::integer
    FROM "tblClaim" c
    JOIN claim_lines l       ON l."ClaimID" = c."ClaimID"
    JOIN "tblHF" hf          ON hf."HfID" = c."HFID"
    JOIN "uvwLocations" loc  ON loc."LocationId" = hf."LocationId"
    WHERE c."ValidityTo" IS NULL
      AND hf."ValidityTo" IS NULL
      AND c."ClaimStatus" = 1
      AND month(c."DateFrom") = themonth
      AND year(c."DateFrom") = theyear
      AND (l."ProdID" = prodid OR prodid = 0)
      AND (hf."HfID" = hfid OR hfid = 0)
      AND (loc."RegionId" = locationid OR loc."DistrictId" = locationid
           OR coalesce(locationid, 0) = 0)
    GROUP BY hf."HfID", l."ProdID"
$$;
