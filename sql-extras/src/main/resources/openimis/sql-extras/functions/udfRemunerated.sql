-- requires: uvwLocations, month, year
-- udfRemunerated(themonth, theyear, hfid, prodid, locationid): the amount remunerated
-- ("Remunerated") per product and health facility: the sum of RemuneratedAmount over the passed
-- (status 1) live item and service lines of the valuated (ClaimStatus 16) live claims whose DateFrom
-- falls in themonth of theyear, made at a live health facility. Lines without an amount count 0,
-- so a group whose passed lines all lack one shows 0.
-- Arguments in the upstream PostgreSQL order (SQL Server: hfid, prodid, locationid, month, year):
-- note hfid before prodid.
-- prodid 0: all products (NULL included, as its own group). hfid 0: all facilities. locationid 0
-- or NULL: everywhere, else the region or district id the facility's location lies in. The
-- facility may be placed at any level (region, district, ward, village), but its location must be
-- live with a live chain of parents up to a region (a row of uvwLocations), else it is never
-- counted.
-- Type: the amount with its cents, numeric with the scale of the summed column (RemuneratedAmount is
-- decimal(18,2); SQL Server's SUM of it is decimal(38,2), so numeric(38,2) here: 12.75 + 0.50 gives
-- 13.25, and a group without amounts 0.00). Deliberate difference from the upstream PostgreSQL port,
-- whose signature says integer and so drops the cents: nothing in the T-SQL original converts to int.
CREATE FUNCTION "udfRemunerated"(
    themonth integer,
    theyear integer,
    hfid integer DEFAULT 0,
    prodid integer DEFAULT 0,
    locationid integer DEFAULT 0
)
RETURNS TABLE("ProdID" integer, "HFID" integer, "Remunerated" numeric)
LANGUAGE sql STABLE
AS $$
    WITH passed_lines AS (
        -- the live, passed lines of every claim: product charged and amount remunerated
        SELECT ci."ClaimID", ci."ProdID", ci."RemuneratedAmount"
        FROM "tblClaimItems" ci
        WHERE ci."ValidityTo" IS NULL AND ci."ClaimItemStatus" = 1
        UNION ALL
        SELECT cs."ClaimID", cs."ProdID", cs."RemuneratedAmount"
        FROM "tblClaimServices" cs
        WHERE cs."ValidityTo" IS NULL AND cs."ClaimServiceStatus" = 1
    )
    SELECT l."ProdID", hf."HfID", coalesce(sum(l."RemuneratedAmount"), 0)::numeric(38,2)
    FROM "tblClaim" c
    JOIN passed_lines l      ON l."ClaimID" = c."ClaimID"
    JOIN "tblHF" hf          ON hf."HfID" = c."HFID"
    JOIN "uvwLocations" loc  ON loc."LocationId" = hf."LocationId"
    WHERE c."ValidityTo" IS NULL
      AND hf."ValidityTo" IS NULL
      AND c."ClaimStatus" = 16
      AND month(c."DateFrom") = themonth
      AND year(c."DateFrom") = theyear
      AND (l."ProdID" = prodid OR prodid = 0)
      AND (hf."HfID" = hfid OR hfid = 0)
      AND (loc."RegionId" = locationid OR loc."DistrictId" = locationid
           OR coalesce(locationid, 0) = 0)
    GROUP BY l."ProdID", hf."HfID"
$$;
