-- requires: tblVillages, tblWards, tblDistricts
-- udfExpiredPolicies(themonth, theyear, themode, prodid, locationid): number of policies whose expiry
-- date falls in the given month (meaning of SQL Server dbo.udfExpiredPolicies, with the PostgreSQL
-- argument order of the upstream port: month, year, mode, product, location).
--
-- Counted: valid policies of valid families with a status above idle (active, suspended and expired
-- alike: "expiring in the month"), whose expiry is in themonth/theyear.
--   prodid:     0 = all products, else that product.
--   locationid: 0 = everywhere, else a region or a district (of the family's village).
--   themode 1: one row per product; Officer/LastName/OtherNames NULL.
--   themode 2: one row per product and enrolment officer (code and names; the officer row is not
--              required to be valid, as in the original).
--   other modes: no row.
-- Mode 2 groups the officer columns as SQL Server does (case and trailing spaces ignored): by
-- upper(rtrim(x)), each group showing min(x COLLATE "C") (the text rule in sql-extras/README.md).
CREATE FUNCTION "udfExpiredPolicies"(
    themonth   integer,
    theyear    integer,
    themode    integer,
    prodid     integer DEFAULT 0,
    locationid integer DEFAULT 0
)
RETURNS TABLE (
    "ProdId"          integer,
    "ExpiredPolicies" integer,
    "Officer"         varchar,
    "LastName"        varchar,
    "OtherNames"      varchar
)
LANGUAGE sql STABLE
AS $$
    WITH expiring AS (
        SELECT pl."PolicyID" AS policy_id, pl."ProdID" AS prod_id, pl."OfficerID" AS officer_id
        FROM "tblPolicy" pl
        JOIN "tblFamilies" f  ON f."FamilyID" = pl."FamilyID"
        JOIN "tblVillages" v  ON v."VillageId" = f."LocationId"
        JOIN "tblWards" w     ON w."WardId" = v."WardId"
        JOIN "tblDistricts" d ON d."DistrictId" = w."DistrictId"
        WHERE pl."ValidityTo" IS NULL
          AND f."ValidityTo" IS NULL
          AND pl."PolicyStatus" > 1
          AND EXTRACT(MONTH FROM pl."ExpiryDate") = themonth
          AND EXTRACT(YEAR FROM pl."ExpiryDate") = theyear
          AND (prodid = 0 OR pl."ProdID" = prodid)
          AND (locationid = 0 OR d."Region" = locationid OR d."DistrictId" = locationid)
    )
    -- mode 1: per product
    SELECT e.prod_id, COUNT(e.policy_id)::integer, NULL::varchar, NULL::varchar, NULL::varchar
    FROM expiring e
    WHERE themode = 1
    GROUP BY e.prod_id
    UNION ALL
    -- mode 2: per product and enrolment officer
    SELECT e.prod_id, COUNT(e.policy_id)::integer,
           min(o."Code" COLLATE "C")::varchar, min(o."LastName" COLLATE "C")::varchar,
           min(o."OtherNames" COLLATE "C")::varchar
    FROM expiring e
    JOIN "tblOfficer" o ON o."OfficerID" = e.officer_id
    WHERE themode = 2
    GROUP BY e.prod_id, upper(rtrim(o."Code")), upper(rtrim(o."LastName")), upper(rtrim(o."OtherNames"))
$$;
