-- requires: tblRegions, tblDistricts, tblWards, tblVillages
-- uvwLocations: one row per live location with its whole ancestry flattened out, plus a
-- "National" row (LocationId 0) standing for the whole country.
--   level     LocationId  filled columns                  ParentLocationId
--   national  0           RegionName = 'National'         0
--   region    region id   Region*                         0
--   district  district id Region*, District*              region id
--   ward      ward id     Region*, District*, Ward*       district id
--   village   village id  Region*, District*, Ward*, Village*  ward id
-- Only live rows are used (the location views drop rows with ValidityTo set), and a location shows
-- only when its whole chain of parents up to a region is live (inner joins), as in SQL Server.
-- Unlike the upstream PostgreSQL port (which made DistrictId/WardId/VillageId text), the id
-- columns are integer, as in SQL Server, so they compare with integer location ids.
CREATE VIEW "uvwLocations" AS
SELECT
    0                    AS "LocationId",
    NULL::integer        AS "RegionId",
    NULL::varchar        AS "RegionCode",
    'National'::varchar  AS "RegionName",
    NULL::integer        AS "DistrictId",
    NULL::varchar        AS "DistrictCode",
    NULL::varchar        AS "DistrictName",
    NULL::integer        AS "WardId",
    NULL::varchar        AS "WardCode",
    NULL::varchar        AS "WardName",
    NULL::integer        AS "VillageId",
    NULL::varchar        AS "VillageCode",
    NULL::varchar        AS "VillageName",
    0                    AS "ParentLocationId"

UNION ALL

SELECT r."RegionId", r."RegionId", r."RegionCode", r."RegionName",
       NULL, NULL, NULL,
       NULL, NULL, NULL,
       NULL, NULL, NULL,
       0
FROM "tblRegions" r

UNION ALL

SELECT d."DistrictId", r."RegionId", r."RegionCode", r."RegionName",
       d."DistrictId", d."DistrictCode", d."DistrictName",
       NULL, NULL, NULL,
       NULL, NULL, NULL,
       d."Region"
FROM "tblDistricts" d
JOIN "tblRegions" r ON r."RegionId" = d."Region"

UNION ALL

SELECT w."WardId", r."RegionId", r."RegionCode", r."RegionName",
       d."DistrictId", d."DistrictCode", d."DistrictName",
       w."WardId", w."WardCode", w."WardName",
       NULL, NULL, NULL,
       w."DistrictId"
FROM "tblWards" w
JOIN "tblDistricts" d ON d."DistrictId" = w."DistrictId"
JOIN "tblRegions" r   ON r."RegionId" = d."Region"

UNION ALL

SELECT v."VillageId", r."RegionId", r."RegionCode", r."RegionName",
       d."DistrictId", d."DistrictCode", d."DistrictName",
       w."WardId", w."WardCode", w."WardName",
       v."VillageId", v."VillageCode", v."VillageName",
       v."WardId"
FROM "tblVillages" v
JOIN "tblWards" w     ON w."WardId" = v."WardId"
JOIN "tblDistricts" d ON d."DistrictId" = w."DistrictId"
JOIN "tblRegions" r   ON r."RegionId" = d."Region";
