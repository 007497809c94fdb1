-- udfNumberOfPoliciesExpired for March 2022: policies 1, 2 and 3 expire then (status 2, officer
-- and product valid, heads flagged IsHead).
--   policies 1 and 2: heads Al ('F') and Bo ('f'), both born 1980 -> Age 2022 - 1980 = 42, villages
--   'Kilosa' and 'kilosa ' of AlphaWard/Alpha/North: one group to SQL Server, ExpiredPolicy 2; it
--   shows Gender 'F' and VillageName 'Kilosa' (the first spelling in code-point order).
--   policy 3: head Cy ('M', born 1990 -> 32) in BetaVil/BetaWard/Beta (type 'd'): ExpiredPolicy 1.
-- ProdDistrictName and ProdRegion are the family's district and region; officer E1 Lane Ann of Alpha.
SELECT * FROM "udfNumberOfPoliciesExpired"()
ORDER BY "YearTime", "MonthTime", "InsureeDistrictName";
