-- requires: tblVillages, tblWards, tblDistricts, month, year
-- udfSuspendedPolicies(themonth, theyear, themode, locationid, prodid): the number of suspended
-- policies ("SuspendedPolicies", PolicyStatus 4) whose live row dates from the given month: live
-- policies whose ValidityFrom (when the live row was last written, for a suspended policy normally
-- its suspension) falls in themonth of theyear, read in the session time zone, of a live family
-- placed in a live village whose ward and district are live. The product row is not checked.
-- Arguments in the upstream PostgreSQL order (SQL Server: prodid, locationid, month, year, mode):
-- note locationid before prodid, and locationid without a default.
-- themode 1: one row per product (officer columns NULL);
-- themode 2: one row per product and enrolment officer (Code, LastName, OtherNames; the officer
--            row may be a retired one), policies without an officer left out; any other mode:
--            no rows.
-- prodid 0: all products. locationid 0: everywhere, else the district id or region id of the
-- family's village (NULL matches nothing, as in SQL Server).
-- Mode 2 groups the officer columns as SQL Server does (case and trailing spaces ignored): by
-- upper(rtrim(x)), each group showing min(x COLLATE "C") (the text rule in sql-extras/README.md).
CREATE FUNCTION "udfSuspendedPolicies"(
    themonth integer,
    theyear integer,
    themode integer,
    locationid integer,
    prodid integer DEFAULT 0
)
RETURNS TABLE("ProdId" integer, "SuspendedPolicies" integer,
              "Officer" character varying, "LastName" character varying, "OtherNames" character varying)
LANGUAGE sql STABLE
AS $$
    WITH suspended AS (
        SELECT pl."PolicyID", pl."ProdID", pl."OfficerID"
        FROM "tblPolicy" pl
        JOIN "tblFamilies" fam  ON fam."FamilyID" = pl."FamilyID"
        JOIN "tblVillages" v    ON v."VillageId" = fam."LocationId"
        JOIN "tblWards" w       ON w."WardId" = v."WardId"
        JOIN "tblDistricts" d   ON d."DistrictId" = w."DistrictId"
        WHERE pl."ValidityTo" IS NULL
          AND fam."ValidityTo" IS NULL
          AND pl."PolicyStatus" = 4
          AND (pl."ProdID" = prodid OR prodid = 0)
          AND month(pl."ValidityFrom") = themonth
          AND year(pl."ValidityFrom") = theyear
          AND (d."Region" = locationid OR d."DistrictId" = locationid OR locationid = 0)
    )
    -- mode 1: per product
    SELECT s."ProdID", count(*)::integer, NULL::varchar, NULL::varchar, NULL::varchar
    FROM suspended s
    WHERE themode = 1
    GROUP BY s."ProdID"

    UNION ALL

    -- mode 2: per product and officer
    SELECT s."ProdID", count(*)::integer,
           min(o."Code" COLLATE "C")::varchar, min(o."LastName" COLLATE "C")::varchar,
           min(o."OtherNames" COLLATE "C")::varchar
    FROM suspended s
    JOIN "tblOfficer" o ON o."OfficerID" = s."OfficerID"
    WHERE themode = 2
    GROUP BY s."ProdID", upper(rtrim(o."Code")), upper(rtrim(o."LastName")), upper(rtrim(o."OtherNames"))
$$;
