-- requires: tblVillages, tblWards, tblDistricts, month, year
-- udfPolicyRenewal(themonth, theyear, themode, prodid, locationid): the number of renewals
-- ("Renewals") enrolled in the given month: live policies with PolicyStage 'R' and PolicyStatus > 1
-- (not idle) whose EnrollDate falls in themonth of theyear, of a live family placed in a live
-- village whose ward and district are live. The product row is not checked.
-- themode 1: one row per product (officer columns NULL);
-- themode 2: one row per product and enrolment officer (Code, LastName, OtherNames; the officer
--            row may be a retired one), policies without an officer left out; any other mode:
--            no rows.
-- prodid 0: all products. locationid 0: everywhere, else the district id or region id of the
-- family's village (NULL matches nothing, as in SQL Server).
-- Arguments in the upstream PostgreSQL order (SQL Server: prodid, locationid, month, year, mode).
-- Mode 2 groups the officer columns as SQL Server does (case and trailing spaces ignored): by
-- upper(rtrim(x)), each group showing min(x COLLATE "C") (the text rule in sql-extras/README.md).
CREATE FUNCTION "udfPolicyRenewal"(
    themonth integer,
    theyear integer,
    themode integer,
    prodid integer DEFAULT 0,
    locationid integer DEFAULT 0
)
RETURNS TABLE("ProdId" integer, "Renewals" integer,
              "Officer" character varying, "LastName" character varying, "OtherNames" character varying)
LANGUAGE sql STABLE
AS $$
    WITH renewals AS (
        SELECT pl."PolicyID", pl."ProdID", pl."OfficerID"
        FROM "tblPolicy" pl
        JOIN "tblFamilies" fam  ON fam."FamilyID" = pl."FamilyID"
        JOIN "tblVillages" v    ON v."VillageId" = fam."LocationId"
        JOIN "tblWards" w       ON w."WardId" = v."WardId"
        JOIN "tblDistricts" d   ON d."DistrictId" = w."DistrictId"
        WHERE pl."ValidityTo" IS NULL
          AND fam."ValidityTo" IS NULL
          AND pl."PolicyStatus" > 1
          AND upper(pl."PolicyStage") = 'R'
          AND (pl."ProdID" = prodid OR prodid = 0)
          AND (d."DistrictId" = locationid OR d."Region" = locationid OR locationid = 0)
          AND month(pl."EnrollDate") = themonth
          AND year(pl."EnrollDate") = theyear
    )
    -- mode 1: per product
    SELECT r."ProdID", count(*)::integer, NULL::varchar, NULL::varchar, NULL::varchar
    FROM renewals r
    WHERE themode = 1
    GROUP BY r."ProdID"

    UNION ALL

    -- mode 2: per product and officer
    SELECT r."ProdID", count(*)::integer,
           min(o."Code" COLLATE "C")::varchar, min(o."LastName" COLLATE "C")::varchar,
           min(o."OtherNames" COLLATE "C")::varchar
    FROM renewals r
    JOIN "tblOfficer" o ON o."OfficerID" = r."OfficerID"
    WHERE themode = 2
    GROUP BY r."ProdID", upper(rtrim(o."Code")), upper(rtrim(o."LastName")), upper(rtrim(o."OtherNames"))
$$;
