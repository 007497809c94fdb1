-- requires: tblVillages, tblWards, tblDistricts
-- udfNewlyPremiumCollected(themonth, theyear, themode, prodid, locationid): total of the valid premiums
-- paid in the given month (meaning of SQL Server dbo.udfNewlyPremiumCollected, with the PostgreSQL
-- argument order of the upstream port: month, year, mode, product, location).
--
-- As in the original only the premium row must be valid: neither the policy's status or validity nor
-- the family's are looked at (a premium on an idle policy counts).
--   prodid:     0 = all products, else that product.
--   locationid: 0 = everywhere, else a region or a district (of the family's village).
--   themode 1: one row per product; Officer/LastName/OtherNames NULL.
--   themode 2: one row per product and enrolment officer (code and names; the officer row is not
--              required to be valid, as in the original).
--   other modes: no row.
-- Mode 2 groups the officer columns as SQL Server does (case and trailing spaces ignored): by
-- upper(rtrim(x)), each group showing min(x COLLATE "C") (the text rule in sql-extras/README.md).
CREATE FUNCTION "udfNewlyPremiumCollected"(
    themonth   integer,
    theyear    integer,
    themode    integer,
    prodid     integer DEFAULT 0,
    locationid integer DEFAULT 0
)
RETURNS TABLE (
    "ProdId"            integer,
    "PremiumCollection" double precision,
    "Officer"           varchar,
    "LastName"          varchar,
    "OtherNames"        varchar
)
LANGUAGE sql STABLE
AS $$
    WITH collected AS (
        SELECT pl."ProdID" AS prod_id, pl."OfficerID" AS officer_id, pr."Amount" AS amount
        FROM "tblPolicy" pl
        JOIN "tblFamilies" fam ON fam."FamilyID" = pl."FamilyID"
        JOIN "tblVillages" v   ON v."VillageId" = fam."LocationId"
        JOIN "tblWards" w      ON w."WardId" = v."WardId"
        JOIN "tblDistricts" d  ON d."DistrictId" = w."DistrictId"
        JOIN "tblPremium" pr   ON pr."PolicyID" = pl."PolicyID"
        WHERE pr."ValidityTo" IS NULL
          AND EXTRACT(MONTH FROM pr."PayDate") = themonth
          AND EXTRACT(YEAR FROM pr."PayDate") = theyear
          AND (prodid = 0 OR pl."ProdID" = prodid)
          AND (locationid = 0 OR d."Region" = locationid OR d."DistrictId" = locationid)
    )
    -- mode 1: per product
    SELECT c.prod_id, SUM(c.amount)::double precision, NULL::varchar, NULL::varchar, NULL::varchar
    FROM collected c
    WHERE themode = 1
    GROUP BY c.prod_id
    UNION ALL
    -- mode 2: per product and enrolment officer
    SELECT c.prod_id, SUM(c.amount)::double precision,
           min(o."Code" COLLATE "C")::varchar, min(o."LastName" COLLATE "C")::varchar,
           min(o."OtherNames" COLLATE "C")::varchar
    FROM collected c
    JOIN "tblOfficer" o ON o."OfficerID" = c.officer_id
    WHERE themode = 2
    GROUP BY c.prod_id, upper(rtrim(o."Code")), upper(rtrim(o."LastName")), upper(rtrim(o."OtherNames"))
$$;
