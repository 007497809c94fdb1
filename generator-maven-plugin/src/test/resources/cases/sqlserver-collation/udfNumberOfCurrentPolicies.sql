-- udfNumberOfCurrentPolicies at 2021-03-31: policies 1 (from 03-05), 2 (from 03-10) and 3 (from
-- 03-15) are in force (each expires in March 2022).
--   policies 1 and 2: heads Al 'F' and Bo 'f', Age 2021 - 1980 = 41, villages 'Kilosa' and 'kilosa '
--   -> one group, NumberOfCurrentPolicies 2, shown as 'F' / 'Kilosa'.
--   policy 3: Cy 'M', Age 2021 - 1990 = 31, BetaVil in Beta (type 'd') -> 1.
-- PA is national, so ProdDistrictName is the family's district; ProdRegion the family's region.
SELECT * FROM "udfNumberOfCurrentPolicies"()
WHERE "YearTime" = 2021 AND "MonthTime" = 3
ORDER BY "InsureeDistrictName";
