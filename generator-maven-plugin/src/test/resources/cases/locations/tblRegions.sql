-- tblRegions lists the live 'R' rows of tblLocations: regions 1 North and 2 South (fixture).
-- RowId is passed through ('row-r1' for region 1, NULL for region 2). Timestamps print in UTC
-- (the test session runs with TimeZone UTC).
SELECT * FROM "tblRegions" ORDER BY "RegionId";
