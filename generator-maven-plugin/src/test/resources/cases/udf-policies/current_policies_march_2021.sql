-- udfNumberOfCurrentPolicies at 2021-03-31: policies in force then (status above idle, valid
-- officer): 102 (PA, F1, E1), 103 and 105 (PB, F1, E1: one row, 2), 402 (PA, F4, E1), 202 (PB, F2,
-- E3), 203 (PA, F2, E2, suspended), 301 (PA, F3, E4). Not: 701 (retired officer), 401 (idle), 501
-- (from May), 101/104/201/204 (expired before 03-31).
-- Age and Gender are the family head's (tblFamilies.InsureeID): 2021 - birth year (Al 1980 -> 41,
-- Hal 1970 -> 51, Di 1975 -> 46, Fe 1990 -> 31). ProdDistrictName: Alpha for PB (attached to
-- Alpha), the family's district for PA. ProdRegion: the family's region.
SELECT * FROM "udfNumberOfCurrentPolicies"()
WHERE "YearTime" = 2021 AND "MonthTime" = 3
ORDER BY "Region", "InsureeDistrictName", "ProductCode", "Age";
