-- requires: tblVillages, tblWards, tblDistricts, tblRegions
-- udfNumberOfCurrentPolicies(): data-warehouse fact "policies in force at the end of each month"
-- (meaning of SQL Server dw.udfNumberOfCurrentPolicies).
--
-- Month ends: the twelve month ends of every calendar year in which some valid policy starts (its
-- EffectiveDate) or ends (its ExpiryDate). Years in between that hold neither are skipped, as in the
-- original: a policy running from 2016 to 2019 is counted in the months of 2016 only when no valid
-- policy starts or ends in 2017 or 2018.
-- A policy counts at a month end when EffectiveDate <= month end < ExpiryDate, its status is above
-- idle, and the policy, its family, the family head (tblFamilies.InsureeID), the family's
-- village/ward/district, the product, the officer and the officer's district (the officer's location
-- must be a district) are valid.
-- Counts are grouped by month end and by the head's age at the month end (SQL Server
-- DATEDIFF(YEAR, DOB, month end): a difference of calendar years), the head's gender, the family's
-- region, district, ward and village, the product, the officer and the officer's district. Output
-- columns as the original:
--   ProdDistrictName = the product's district, or the family's district when the product is not
--                      attached to a district;
--   ProdRegion       = the family's region (the original's COALESCE(region, product region) always
--                      finds the first).
-- Text is grouped as SQL Server's default collation (SQL_Latin1_General_CP1_CI_AS) groups it: gender
-- and names compare without regard to case or trailing spaces (upper(rtrim(...)) keys), so 'f' joins
-- 'F' and 'Kilosa ' joins 'KILOSA'; a group shows the spelling of its members that comes first in
-- code-point order (capitals first), where SQL Server shows an unspecified one.
CREATE FUNCTION "udfNumberOfCurrentPolicies"()
RETURNS TABLE (
    "NumberOfCurrentPolicies" integer,
    "MonthTime"               integer,
    "QuarterTime"             integer,
    "YearTime"                integer,
    "Age"                     integer,
    "Gender"                  character(1),
    "Region"                  varchar,
    "InsureeDistrictName"     varchar,
    "WardName"                varchar,
    "VillageName"             varchar,
    "ProdDistrictName"        varchar,
    "ProductCode"             varchar,
    "ProductName"             varchar,
    "OfficeDistrict"          varchar,
    "OfficerCode"             varchar,
    "LastName"                varchar,
    "OtherNames"              varchar,
    "ProdRegion"              varchar
)
LANGUAGE sql STABLE
AS $$
    WITH policy_years AS (
        SELECT EXTRACT(YEAR FROM "EffectiveDate")::integer AS y
        FROM "tblPolicy" WHERE "ValidityTo" IS NULL AND "EffectiveDate" IS NOT NULL
        UNION
        SELECT EXTRACT(YEAR FROM "ExpiryDate")::integer
        FROM "tblPolicy" WHERE "ValidityTo" IS NULL AND "ExpiryDate" IS NOT NULL
    ),
    month_ends AS (
        SELECT (make_date(py.y, mo, 1) + interval '1 month' - interval '1 day')::date AS last_date
        FROM policy_years py
        CROSS JOIN generate_series(1, 12) AS mo
    ),
    in_force AS (
        SELECT me.last_date,
               pl."PolicyID"       AS policy_id,
               EXTRACT(YEAR FROM me.last_date)::integer - EXTRACT(YEAR FROM head."DOB")::integer AS age,
               head."Gender"       AS gender,
               r."RegionName"      AS region_name,
               fd."DistrictName"   AS district_name,
               w."WardName"        AS ward_name,
               v."VillageName"     AS village_name,
               prod."ProductCode"  AS product_code,
               prod."ProductName"  AS product_name,
               od."DistrictName"   AS officer_district_name,
               o."Code"            AS officer_code,
               o."LastName"        AS officer_last_name,
               o."OtherNames"      AS officer_other_names,
               pd."DistrictName"   AS product_district_name,
               pr."RegionName"     AS product_region_name
        FROM "tblPolicy" pl
        JOIN "tblFamilies" f          ON f."FamilyID" = pl."FamilyID"
        JOIN "tblInsuree" head        ON head."InsureeID" = f."InsureeID"
        JOIN "tblVillages" v          ON v."VillageId" = f."LocationId"
        JOIN "tblWards" w             ON w."WardId" = v."WardId"
        JOIN "tblDistricts" fd        ON fd."DistrictId" = w."DistrictId"
        JOIN "tblProduct" prod        ON prod."ProdID" = pl."ProdID"
        JOIN "tblOfficer" o           ON o."OfficerID" = pl."OfficerID"
        JOIN "tblDistricts" od        ON od."DistrictId" = o."LocationId"
        JOIN "tblRegions" r           ON r."RegionId" = fd."Region"
        LEFT JOIN "tblDistricts" pd   ON pd."DistrictId" = prod."LocationId"
        LEFT JOIN "tblRegions" pr     ON pr."RegionId" = prod."LocationId"
        JOIN month_ends me            ON pl."EffectiveDate" <= me.last_date AND pl."ExpiryDate" > me.last_date
        WHERE pl."ValidityTo" IS NULL
          AND f."ValidityTo" IS NULL
          AND head."ValidityTo" IS NULL
          AND prod."ValidityTo" IS NULL
          AND o."ValidityTo" IS NULL
          AND pl."PolicyStatus" > 1
    )
    SELECT COUNT(x.policy_id)::integer,
           EXTRACT(MONTH FROM x.last_date)::integer,
           EXTRACT(QUARTER FROM x.last_date)::integer,
           EXTRACT(YEAR FROM x.last_date)::integer,
           x.age,
           min(x.gender COLLATE "C")::character(1),
           min(x.region_name COLLATE "C")::varchar,
           min(x.district_name COLLATE "C")::varchar,
           min(x.ward_name COLLATE "C")::varchar,
           min(x.village_name COLLATE "C")::varchar,
           COALESCE(min(x.product_district_name COLLATE "C"), min(x.district_name COLLATE "C"))::varchar,
           min(x.product_code COLLATE "C")::varchar,
           min(x.product_name COLLATE "C")::varchar,
           min(x.officer_district_name COLLATE "C")::varchar,
           min(x.officer_code COLLATE "C")::varchar,
           min(x.officer_last_name COLLATE "C")::varchar,
           min(x.officer_other_names COLLATE "C")::varchar,
           COALESCE(min(x.region_name COLLATE "C"), min(x.product_region_name COLLATE "C"))::varchar
    FROM in_force x
    GROUP BY x.last_date, x.age, upper(rtrim(x.gender)), upper(rtrim(x.region_name)),
             upper(rtrim(x.district_name)), upper(rtrim(x.ward_name)), upper(rtrim(x.village_name)),
             upper(rtrim(x.product_code)), upper(rtrim(x.product_name)), upper(rtrim(x.officer_district_name)),
             upper(rtrim(x.officer_code)), upper(rtrim(x.officer_last_name)), upper(rtrim(x.officer_other_names)),
             upper(rtrim(x.product_district_name)), upper(rtrim(x.product_region_name))
$$;
