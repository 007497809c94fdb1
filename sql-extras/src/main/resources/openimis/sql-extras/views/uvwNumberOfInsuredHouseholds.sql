-- requires: tblRegions, tblDistricts, tblWards, tblVillages, eomonth, dateadd_month, month, datename_q, year
-- Report view uvwNumberOfInsuredHouseholds: the number of insured families per month-end date and
-- village (with its ward, district and region). Every current policy with an effective date makes
-- its family count as insured on twelve dates: the last day of the month it took effect in, and the
-- same day of each of the eleven following months (DATEADD(MONTH, n, EOMONTH(EffectiveDate)), so a
-- policy effective in February gives the 28th (29th) of every later month, not the month's end).
-- Policy status and expiry are not tested. A family is counted once per date however many
-- policies it has; rows are per date (quarter as text, DATENAME), so two dates in one month give
-- two rows.
-- Text is grouped as SQL Server groups it (case and trailing spaces ignored): by upper(rtrim(x)), each
-- group showing min(x COLLATE "C") in the column's own type (the text rule in sql-extras/README.md).
CREATE VIEW "uvwNumberOfInsuredHouseholds" AS
WITH active_dates AS (
    SELECT DISTINCT
           f."FamilyID",
           dateadd_month(n.months, eomonth(pl."EffectiveDate")::date)::date AS active_date,
           r."RegionName"  AS region,
           d."DistrictName" AS district_name,
           w."WardName"    AS ward_name,
           v."VillageName" AS village_name
    FROM "tblPolicy" pl
    JOIN "tblFamilies" f       ON f."FamilyID" = pl."FamilyID"
    JOIN "tblVillages" v       ON v."VillageId" = f."LocationId"
    JOIN "tblWards" w          ON w."WardId" = v."WardId"
    JOIN "tblDistricts" d      ON d."DistrictId" = w."DistrictId"
    JOIN "tblRegions" r        ON r."RegionId" = d."Region"
    CROSS JOIN generate_series(0, 11) AS n(months)
    WHERE pl."ValidityTo" IS NULL
      AND f."ValidityTo" IS NULL
      AND pl."EffectiveDate" IS NOT NULL
)
SELECT count("FamilyID")                            AS "InsuredHouseholds",
       month(active_date)                           AS "monthtime",
       datename_q(active_date)                      AS "quartertime",
       year(active_date)                            AS "yeartime",
       min(region COLLATE "C")::varchar(50)         AS "Region",
       min(district_name COLLATE "C")::varchar(50)  AS "DistrictName",
       min(ward_name COLLATE "C")::varchar(50)      AS "WardName",
       min(village_name COLLATE "C")::varchar(50)   AS "VillageName"
FROM active_dates
GROUP BY active_date, upper(rtrim(region)), upper(rtrim(district_name)), upper(rtrim(ward_name)),
         upper(rtrim(village_name));
