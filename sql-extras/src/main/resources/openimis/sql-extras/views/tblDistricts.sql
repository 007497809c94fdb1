-- tblDistricts: the live districts (LocationType 'D') of tblLocations, under the column names of
-- the old tblDistricts table; "Region" is the parent region's LocationId. History copies and
-- deleted rows (ValidityTo set) are left out.
CREATE VIEW "tblDistricts" AS
SELECT
    l."LocationId"       AS "DistrictId",
    l."LocationCode"     AS "DistrictCode",
    l."LocationName"     AS "DistrictName",
    l."ParentLocationId" AS "Region",
    l."ValidityFrom",
    l."ValidityTo",
    l."LegacyID",
    l."AuditUserId",
    l."RowId"
FROM "tblLocations" l
WHERE upper(l."LocationType") = 'D'
  AND l."ValidityTo" IS NULL;
