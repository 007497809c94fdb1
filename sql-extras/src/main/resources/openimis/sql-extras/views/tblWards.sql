-- tblWards: the live wards (LocationType 'W') of tblLocations, under the column names of the old
-- tblWards table; "DistrictId" is the parent district's LocationId. History copies and deleted
-- rows (ValidityTo set) are left out. No "RowId" column (as in the target catalogue).
CREATE VIEW "tblWards" AS
SELECT
    l."LocationId"       AS "WardId",
    l."ParentLocationId" AS "DistrictId",
    l."LocationCode"     AS "WardCode",
    l."LocationName"     AS "WardName",
    l."ValidityFrom",
    l."ValidityTo",
    l."LegacyID",
    l."AuditUserId"
FROM "tblLocations" l
WHERE upper(l."LocationType") = 'W'
  AND l."ValidityTo" IS NULL;
