-- requires: tblVillages, tblWards, tblDistricts, tblRegions
-- udfNumberOfCurrentInsuree(): data-warehouse fact "insurees covered at the end of each month"
-- (meaning of SQL Server dw.udfNumberOfCurrentInsuree).
--
-- Month ends: the last day of every month from January 2011 up to the month that holds the current
-- date plus three years (the original's fixed start and GETDATE()-based end; the function therefore
-- depends on the current date and is STABLE).
-- An insuree counts at a month end when a valid tblInsureePolicy row of it has
-- EffectiveDate <= month end < ExpiryDate, for a valid policy of its family (any status), with valid
-- insuree, family, product and officer rows, the family's village/ward/district valid and the
-- officer's location a valid district.
-- Counts are grouped by month end and by the insuree's date of birth, gender, region, district, ward
-- and village, the product, the officer and the officer's district. Output columns as the original:
--   Age             = years between the birth year and the CURRENT year (SQL Server
--                     DATEDIFF(YEAR, DOB, GETDATE()), a difference of calendar years, not of birthdays);
--   ProdDistrictName = the product's district, or the insuree's district when the product is not
--                     attached to a district;
--   ProdRegion       = the insuree's region (the original's COALESCE(region, product region) always
--                     finds the first).
-- Text is grouped as SQL Server's default collation (SQL_Latin1_General_CP1_CI_AS) groups it: gender
-- and names compare without regard to case or trailing spaces (upper(rtrim(...)) keys), so 'f' joins
-- 'F' and 'Kilosa ' joins 'KILOSA'; a group shows the spelling of its members that comes first in
-- code-point order (capitals first), where SQL Server shows an unspecified one.
CREATE FUNCTION "udfNumberOfCurrentInsuree"()
RETURNS TABLE (
    "NumberOfCurrentInsuree" integer,
    "MonthTime"              integer,
    "QuarterTime"            integer,
    "YearTime"               integer,
    "Age"                    integer,
    "Gender"                 character(1),
    "Region"                 varchar,
    "InsureeDistrictName"    varchar,
    "WardName"               varchar,
    "VillageName"            varchar,
    "ProdDistrictName"       varchar,
    "ProductCode"            varchar,
    "ProductName"            varchar,
    "OfficeDistrict"         varchar,
    "OfficerCode"            varchar,
    "LastName"               varchar,
    "OtherNames"             varchar,
    "ProdRegion"             varchar
)
LANGUAGE sql STABLE
AS $$
    WITH month_ends AS (
        SELECT (m + interval '1 month' - interval '1 day')::date AS last_date
        FROM generate_series(timestamp '2011-01-01',
                             date_trunc('month', localtimestamp + interval '3 years'),
                             interval '1 month') AS m
    ),
    covered AS (
        SELECT me.last_date,
               i."InsureeID"       AS insuree_id,
               i."DOB"             AS dob,
               i."Gender"          AS gender,
               r."RegionName"      AS region_name,
               d."DistrictName"    AS district_name,
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
        JOIN "tblInsuree" i           ON i."FamilyID" = pl."FamilyID"
        JOIN "tblFamilies" f          ON f."FamilyID" = i."FamilyID"
        JOIN "tblVillages" v          ON v."VillageId" = f."LocationId"
        JOIN "tblWards" w             ON w."WardId" = v."WardId"
        JOIN "tblDistricts" d         ON d."DistrictId" = w."DistrictId"
        JOIN "tblProduct" prod        ON prod."ProdID" = pl."ProdID"
        JOIN "tblOfficer" o           ON o."OfficerID" = pl."OfficerID"
        JOIN "tblDistricts" od        ON od."DistrictId" = o."LocationId"
        JOIN "tblInsureePolicy" ip    ON ip."InsureeID" = i."InsureeID" AND ip."PolicyId" = pl."PolicyID"
        JOIN "tblRegions" r           ON r."RegionId" = d."Region"
        LEFT JOIN "tblDistricts" pd   ON pd."DistrictId" = prod."LocationId"
        LEFT JOIN "tblRegions" pr     ON pr."RegionId" = prod."LocationId"
        JOIN month_ends me            ON ip."EffectiveDate" <= me.last_date AND ip."ExpiryDate" > me.last_date
        WHERE pl."ValidityTo" IS NULL
          AND i."ValidityTo" IS NULL
          AND f."ValidityTo" IS NULL
          AND prod."ValidityTo" IS NULL
          AND o."ValidityTo" IS NULL
          AND ip."ValidityTo" IS NULL
    )
    SELECT COUNT(c.insuree_id)::integer,
           EXTRACT(MONTH FROM c.last_date)::integer,
           EXTRACT(QUARTER FROM c.last_date)::integer,
           EXTRACT(YEAR FROM c.last_date)::integer,
           (EXTRACT(YEAR FROM current_date) - EXTRACT(YEAR FROM c.dob))::integer,
           min(c.gender COLLATE "C")::character(1),
           min(c.region_name COLLATE "C")::varchar,
           min(c.district_name COLLATE "C")::varchar,
           min(c.ward_name COLLATE "C")::varchar,
           min(c.village_name COLLATE "C")::varchar,
           COALESCE(min(c.product_district_name COLLATE "C"), min(c.district_name COLLATE "C"))::varchar,
           min(c.product_code COLLATE "C")::varchar,
           min(c.product_name COLLATE "C")::varchar,
           min(c.officer_district_name COLLATE "C")::varchar,
           min(c.officer_code COLLATE "C")::varchar,
           min(c.officer_last_name COLLATE "C")::varchar,
           min(c.officer_other_names COLLATE "C")::varchar,
           COALESCE(min(c.region_name COLLATE "C"), min(c.product_region_name COLLATE "C"))::varchar
    FROM covered c
    GROUP BY c.last_date, c.dob, upper(rtrim(c.gender)), upper(rtrim(c.region_name)),
             upper(rtrim(c.district_name)), upper(rtrim(c.ward_name)), upper(rtrim(c.village_name)),
             upper(rtrim(c.product_code)), upper(rtrim(c.product_name)), upper(rtrim(c.officer_district_name)),
             upper(rtrim(c.officer_code)), upper(rtrim(c.officer_last_name)), upper(rtrim(c.officer_other_names)),
             upper(rtrim(c.product_district_name)), upper(rtrim(c.product_region_name))
$$;
