-- requires: tblVillages, tblWards, tblDistricts, tblRegions
-- udfNewPolicies(themonth, theyear, themode, prodid, locationid): new policies enrolled in the given
-- month, counted by the gender of the family head (meaning of SQL Server dbo.udfNewPolicies, with the
-- PostgreSQL argument order of the upstream port: month, year, mode, product, location).
--
-- Counted: valid new policies (stage 'N') with a status above idle, enrolled in themonth/theyear, of a
-- valid family whose head (tblFamilies.InsureeID) is a valid insuree.
--   prodid:     0 = all products, else that product.
--   locationid: 0 = everywhere, else a region or a district (of the family's village).
--   themode 1: one row per product; Officer/LastName/OtherNames NULL.
--   themode 2: one row per product and enrolment officer (valid officer rows only).
--   other modes: no row.
-- Male/Female/Other count the heads with gender 'M'/'F'/'O' (the original's PIVOT): a group whose heads
-- all have another or no gender still gives a row, with 0, 0, 0.
-- Mode 2 groups the officer columns as SQL Server does (case and trailing spaces ignored): by
-- upper(rtrim(x)), each group showing min(x COLLATE "C") (the text rule in sql-extras/README.md).
CREATE FUNCTION "udfNewPolicies"(
    themonth   integer,
    theyear    integer,
    themode    integer,
    prodid     integer,
    locationid integer DEFAULT 0
)
RETURNS TABLE (
    "ProdId"     integer,
    "Male"       integer,
    "Female"     integer,
    "Other"      integer,
    "Officer"    varchar,
    "LastName"   varchar,
    "OtherNames" varchar
)
LANGUAGE sql STABLE
AS $$
    WITH new_policies AS (
        SELECT pl."ProdID"  AS prod_id,
               pl."OfficerID" AS officer_id,
               head."Gender" AS gender
        FROM "tblPolicy" pl
        JOIN "tblFamilies" fam ON fam."FamilyID" = pl."FamilyID"
        JOIN "tblVillages" v   ON v."VillageId" = fam."LocationId"
        JOIN "tblWards" w      ON w."WardId" = v."WardId"
        JOIN "tblDistricts" d  ON d."DistrictId" = w."DistrictId"
        JOIN "tblRegions" r    ON r."RegionId" = d."Region"
        JOIN "tblInsuree" head ON head."InsureeID" = fam."InsureeID"
        WHERE pl."ValidityTo" IS NULL
          AND fam."ValidityTo" IS NULL
          AND head."ValidityTo" IS NULL
          AND pl."PolicyStatus" > 1
          AND upper(pl."PolicyStage") = 'N'
          AND (prodid = 0 OR pl."ProdID" = prodid)
          AND (locationid = 0 OR r."RegionId" = locationid OR d."DistrictId" = locationid)
          AND EXTRACT(MONTH FROM pl."EnrollDate") = themonth
          AND EXTRACT(YEAR FROM pl."EnrollDate") = theyear
    )
    -- mode 1: per product
    SELECT np.prod_id,
           COUNT(*) FILTER (WHERE upper(np.gender) = 'M')::integer,
           COUNT(*) FILTER (WHERE upper(np.gender) = 'F')::integer,
           COUNT(*) FILTER (WHERE upper(np.gender) = 'O')::integer,
           NULL::varchar, NULL::varchar, NULL::varchar
    FROM new_policies np
    WHERE themode = 1
    GROUP BY np.prod_id
    UNION ALL
    -- mode 2: per product and (valid) enrolment officer
    SELECT np.prod_id,
           COUNT(*) FILTER (WHERE upper(np.gender) = 'M')::integer,
           COUNT(*) FILTER (WHERE upper(np.gender) = 'F')::integer,
           COUNT(*) FILTER (WHERE upper(np.gender) = 'O')::integer,
           min(o."Code" COLLATE "C")::varchar, min(o."LastName" COLLATE "C")::varchar,
           min(o."OtherNames" COLLATE "C")::varchar
    FROM new_policies np
    JOIN "tblOfficer" o ON o."OfficerID" = np.officer_id
    WHERE themode = 2
      AND o."ValidityTo" IS NULL
    GROUP BY np.prod_id, upper(rtrim(o."Code")), upper(rtrim(o."LastName")), upper(rtrim(o."OtherNames"))
$$;
