-- requires: tblVillages, tblWards, tblDistricts, tblRegions
-- udfNumberOfPoliciesExpired(): data-warehouse fact "policies expiring in each month" (meaning of
-- SQL Server dw.udfNumberOfPoliciesExpired).
--
-- Every valid policy with a status above idle and an expiry date counts once, in the month of its
-- expiry (whether that month is past or future). The family is reached through the family head,
-- taken as the valid insuree of the family flagged IsHead; product, officer and head rows must be
-- valid (the family row itself is not checked, as in the original), the officer's location must be
-- a district.
-- Counts are grouped by expiry month and by the head's age at expiry (SQL Server
-- DATEDIFF(YEAR, DOB, ExpiryDate): a difference of calendar years), the head's gender, the family's
-- region, district, ward and village, the product, the officer and the officer's district.
-- Output columns as the original: ProdDistrictName is the family's district and ProdRegion the
-- family's region (not the product's).
-- Text is grouped as SQL Server's default collation (SQL_Latin1_General_CP1_CI_AS) groups it: gender
-- and names compare without regard to case or trailing spaces (upper(rtrim(...)) keys), so 'f' joins
-- 'F' and 'Kilosa ' joins 'KILOSA'; a group shows the spelling of its members that comes first in
-- code-point order (capitals first), where SQL Server shows an unspecified one.
CREATE FUNCTION "udfNumberOfPoliciesExpired"()
RETURNS TABLE (
    "ExpiredPolicy"       integer,
    "MonthTime"           integer,
    "QuarterTime"         integer,
    "YearTime"            integer,
    "Age"                 integer,
    "Gender"              character(1),
    "Region"              varchar,
    "InsureeDistrictName" varchar,
    "WardName"            varchar,
    "VillageName"         varchar,
    "ProdDistrictName"    varchar,
    "ProductCode"         varchar,
    "ProductName"         varchar,
    "OfficeDistrict"      varchar,
    "OfficerCode"         varchar,
    "LastName"            varchar,
    "OtherNames"          varchar,
    "ProdRegion"          varchar
)
LANGUAGE sql STABLE
AS $$
    WITH expiring AS (
        SELECT pl."PolicyID"                                     AS policy_id,
               EXTRACT(MONTH FROM pl."ExpiryDate")::integer      AS expiry_month,
               EXTRACT(QUARTER FROM pl."ExpiryDate")::integer    AS expiry_quarter,
               EXTRACT(YEAR FROM pl."ExpiryDate")::integer       AS expiry_year,
               EXTRACT(YEAR FROM pl."ExpiryDate")::integer
                   - EXTRACT(YEAR FROM head."DOB")::integer      AS age,
               head."Gender"       AS gender,
               r."RegionName"      AS region_name,
               d."DistrictName"    AS district_name,
               w."WardName"        AS ward_name,
               v."VillageName"     AS village_name,
               prod."ProductCode"  AS product_code,
               prod."ProductName"  AS product_name,
               od."DistrictName"   AS officer_district_name,
               o."Code"            AS officer_code,
               o."LastName"        AS officer_last_name,
               o."OtherNames"      AS officer_other_names
        FROM "tblPolicy" pl
        JOIN "tblProduct" prod ON prod."ProdID" = pl."ProdID"
        JOIN "tblOfficer" o    ON o."OfficerID" = pl."OfficerID"
        JOIN "tblInsuree" head ON head."FamilyID" = pl."FamilyID" AND head."IsHead"
        JOIN "tblFamilies" f   ON f."FamilyID" = head."FamilyID"
        JOIN "tblVillages" v   ON v."VillageId" = f."LocationId"
        JOIN "tblWards" w      ON w."WardId" = v."WardId"
        JOIN "tblDistricts" d  ON d."DistrictId" = w."DistrictId"
        JOIN "tblDistricts" od ON od."DistrictId" = o."LocationId"
        JOIN "tblRegions" r    ON r."RegionId" = d."Region"
        WHERE pl."ValidityTo" IS NULL
          AND prod."ValidityTo" IS NULL
          AND head."ValidityTo" IS NULL
          AND o."ValidityTo" IS NULL
          AND pl."ExpiryDate" IS NOT NULL
          AND pl."PolicyStatus" > 1
    )
    SELECT COUNT(e.policy_id)::integer,
           e.expiry_month,
           e.expiry_quarter,
           e.expiry_year,
           e.age,
           min(e.gender COLLATE "C")::character(1),
           min(e.region_name COLLATE "C")::varchar,
           min(e.district_name COLLATE "C")::varchar,
           min(e.ward_name COLLATE "C")::varchar,
           min(e.village_name COLLATE "C")::varchar,
           min(e.district_name COLLATE "C")::varchar,
           min(e.product_code COLLATE "C")::varchar,
           min(e.product_name COLLATE "C")::varchar,
           min(e.officer_district_name COLLATE "C")::varchar,
           min(e.officer_code COLLATE "C")::varchar,
           min(e.officer_last_name COLLATE "C")::varchar,
           min(e.officer_other_names COLLATE "C")::varchar,
           min(e.region_name COLLATE "C")::varchar
    FROM expiring e
    GROUP BY e.expiry_month, e.expiry_quarter, e.expiry_year, e.age, upper(rtrim(e.gender)),
             upper(rtrim(e.region_name)), upper(rtrim(e.district_name)), upper(rtrim(e.ward_name)),
             upper(rtrim(e.village_name)), upper(rtrim(e.product_code)), upper(rtrim(e.product_name)),
             upper(rtrim(e.officer_district_name)), upper(rtrim(e.officer_code)),
             upper(rtrim(e.officer_last_name)), upper(rtrim(e.officer_other_names))
$$;
