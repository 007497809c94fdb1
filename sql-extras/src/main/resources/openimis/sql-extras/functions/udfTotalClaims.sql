-- requires: uvwLocations, month, year
-- udfTotalClaims(themonth, theyear, prodid, hfid, locationid): the number of claims
-- ("TotalClaims"), whatever their status, per product and health facility, for the live claims
-- whose DateFrom falls in themonth of theyear, made at a live health facility.
-- A claim counts once under every product ("ProdID") one of its live item or service lines is
-- charged to, NULL (no product) being a group of its own.
-- prodid 0: all products (NULL included). hfid 0: all facilities. locationid 0 or NULL:
-- everywhere, else the region or district id of the facility. As in SQL Server, the facility must
-- be placed directly in a live district (one with a live region above it): facilities placed in a
-- region, ward or village are never counted here (udfRejectedClaims and udfRemunerated count them).
-- Arguments in the upstream PostgreSQL order (SQL Server: prodid, hfid, locationid, month, year).
CREATE FUNCTION "udfTotalClaims"(
    themonth integer,
    theyear integer,
    prodid integer DEFAULT 0,
    hfid integer DEFAULT 0,
    locationid integer DEFAULT 0
)
RETURNS TABLE("ProdID" integer, "HFID" integer, "TotalClaims" integer)
LANGUAGE sql STABLE
AS $$
    WITH claim_lines AS (
        -- the live lines of every claim, with the product each is charged to
        SELECT ci."ClaimID", ci."ProdID" FROM "tblClaimItems" ci WHERE ci."ValidityTo" IS NULL
        UNION ALL
        SELECT cs."ClaimID", cs."ProdID" FROM "tblClaimServices" cs WHERE cs."ValidityTo" IS NULL
    )
    SELECT l."ProdID", hf."HfID", count(DISTINCT c."ClaimID")::integer
    FROM "tblClaim" c
    JOIN claim_lines l ON l."ClaimID" = c."ClaimID"
    JOIN "tblHF" hf    ON hf."HfID" = c."HFID"
    WHERE c."ValidityTo" IS NULL
      AND hf."ValidityTo" IS NULL
      AND month(c."DateFrom") = themonth
      AND year(c."DateFrom") = theyear
      AND (l."ProdID" = prodid OR prodid = 0)
      AND (hf."HfID" = hfid OR hfid = 0)
      -- the facility's location is a district (SQL Server joins uvwLocations on DistrictId)
      AND EXISTS (
          SELECT 1
          FROM "uvwLocations" loc
          WHERE loc."DistrictId" = hf."LocationId"
            AND (loc."RegionId" = locationid OR loc."DistrictId" = locationid
                 OR coalesce(locationid, 0) = 0)
      )
    GROUP BY l."ProdID", hf."HfID"
$$;
