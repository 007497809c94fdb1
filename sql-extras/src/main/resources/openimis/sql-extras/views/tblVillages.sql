-- tblVillages: the live villages (LocationType 'V') of tblLocations, under the column names of the
-- old tblVillages table; "WardId" is the parent ward's LocationId. History copies and deleted rows
-- (ValidityTo set) are left out; the parent is not checked. No "RowId" column (as in the target
-- catalogue).
CREATE VIEW "tblVillages" AS
SELECT
    l."LocationId"       AS "VillageId",
    l."ParentLocationId" AS "WardId",
    l."LocationCode"     AS "VillageCode",
    l."LocationName"     AS "VillageName",
    l."MalePopulation",
    l."FemalePopulation",
    l."OtherPopulation",
    l."Families",
    l."ValidityFrom",
    l."ValidityTo",
    l."LegacyID",
    l."AuditUserId"
FROM "tblLocations" l
WHERE upper(l."LocationType") = 'V'
  AND l."ValidityTo" IS NULL;
