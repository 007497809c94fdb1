-- tblRegions: the live regions (LocationType 'R') of tblLocations, under the column names of the
-- old tblRegions table. History copies and deleted rows (ValidityTo set) are left out.
CREATE VIEW "tblRegions" AS
SELECT
    l."LocationId"   AS "RegionId",
    l."LocationCode" AS "RegionCode",
    l."LocationName" AS "RegionName",
    l."ValidityFrom",
    l."ValidityTo",
    l."LegacyID",
    l."AuditUserId",
    l."RowId"
FROM "tblLocations" l
WHERE upper(l."LocationType") = 'R'
  AND l."ValidityTo" IS NULL;
