-- requires: uvwLocations
-- udfTotalPolicies(lastday, themode, prodid, locationid): the policies in force on lastday,
-- counted by the gender of the family head ("Male" M, "Female" F, "Other" O; heads of any other or
-- no gender make no count but their group still shows, with zeros).
-- In force: a live policy of a live product and a live family whose head's insuree row is live,
-- with PolicyStatus > 1 (not idle) and EffectiveDate <= lastday < ExpiryDate.
-- themode 1: one row per product (officer columns NULL);
-- themode 2: one row per product and enrolment officer (Code, LastName, OtherNames), policies
--            without an officer left out; any other mode: no rows.
-- prodid 0: all products. locationid 0 or NULL: everywhere, else the region or district id the
-- family's village lies in (families not placed in a village are never counted).
-- Arguments in the upstream PostgreSQL order (SQL Server: prodid, locationid, lastday, mode).
-- Mode 2 groups the officer columns as SQL Server does (case and trailing spaces ignored): by
-- upper(rtrim(x)), each group showing min(x COLLATE "C") (the text rule in sql-extras/README.md).
CREATE FUNCTION "udfTotalPolicies"(
    lastday date,
    themode integer,
    prodid integer DEFAULT 0,
    locationid integer DEFAULT 0
)
RETURNS TABLE("ProdId" integer, "Male" integer, "Female" integer, "Other" integer,
              "Officer" character varying, "LastName" character varying, "OtherNames" character varying)
LANGUAGE sql STABLE
AS $$
    WITH in_force AS (
        SELECT pl."ProdID", pl."OfficerID", head."Gender"
        FROM "tblPolicy" pl
        JOIN "tblProduct" prod    ON prod."ProdID" = pl."ProdID"
        JOIN "tblFamilies" fam    ON fam."FamilyID" = pl."FamilyID"
        JOIN "tblInsuree" head    ON head."InsureeID" = fam."InsureeID"
        JOIN "uvwLocations" loc   ON loc."VillageId" = fam."LocationId"
        WHERE pl."ValidityTo" IS NULL
          AND prod."ValidityTo" IS NULL
          AND fam."ValidityTo" IS NULL
          AND head."ValidityTo" IS NULL
          AND pl."PolicyStatus" > 1
          AND pl."EffectiveDate" <= lastday
          AND pl."ExpiryDate" > lastday
          AND (pl."ProdID" = prodid OR prodid = 0)
          AND (loc."RegionId" = locationid OR loc."DistrictId" = locationid
               OR coalesce(locationid, 0) = 0)
    )
    -- mode 1: per product
    SELECT p."ProdID",
           (count(*) FILTER (WHERE upper(p."Gender") = 'M'))::integer,
           (count(*) FILTER (WHERE upper(p."Gender") = 'F'))::integer,
           (count(*) FILTER (WHERE upper(p."Gender") = 'O'))::integer,
           NULL::varchar, NULL::varchar, NULL::varchar
    FROM in_force p
    WHERE themode = 1
    GROUP BY p."ProdID"

    UNION ALL

    -- mode 2: per product and officer
    SELECT p."ProdID",
           (count(*) FILTER (WHERE upper(p."Gender") = 'M'))::integer,
           (count(*) FILTER (WHERE upper(p."Gender") = 'F'))::integer,
           (count(*) FILTER (WHERE upper(p."Gender") = 'O'))::integer,
           min(o."Code" COLLATE "C")::varchar, min(o."LastName" COLLATE "C")::varchar,
           min(o."OtherNames" COLLATE "C")::varchar
    FROM in_force p
    JOIN "tblOfficer" o ON o."OfficerID" = p."OfficerID"
    WHERE themode = 2
    GROUP BY p."ProdID", upper(rtrim(o."Code")), upper(rtrim(o."LastName")), upper(rtrim(o."OtherNames"))
$$;
