-- tblDistricts: the live locations of type 'D'; Beta's type is written 'd', which SQL Server's
-- N'D' comparison matches: both districts.
SELECT "DistrictId", "DistrictName", "Region"
FROM "tblDistricts"
ORDER BY "DistrictId";
