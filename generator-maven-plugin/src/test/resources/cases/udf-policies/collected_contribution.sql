-- udfCollectedContribution(from, to, officer): valid premiums paid in [from, to] on valid policies
-- of the officer's chain (the officer, the officer it substitutes, and so on).
-- 1 E1, March 2021, chain {E1, E2, E3}: E1 103 365 + 401 500 (idle policies count) + 402 3650,
--   E2 201 50, E3 202 730 (the retired 9999.00 premium is left out; 102's 3650 was paid in
--   February; retired E7, who also names E1 as substitute, is not in the chain: its 701 365 is out)
--   = 5295.00
-- 2 E2, March 2021, chain {E2, E3}: 50 + 730 = 780.00
-- 3 E3, March 2021: 730.00
-- 4 E1, 2021-03-08 .. 2021-03-20, both ends included: 730 (03-08) + 365 (03-12) + 500 (03-20)
--   + 50 (03-20) = 1645.00
-- 5 E4, March 2021: 301's 400 = 400.00
-- 6 E7 (retired itself, the chain starts from the given id), March 2021: 701's 365 = 365.00
-- 7 E5, May 2021: the cycle E5 -> E6 -> E5 lists E5 twice (as the SQL Server loop does), so 501's
--   100 counts twice = 200.00
-- 8 E6, May 2021: chain E6, E5, E6 lists E5 once = 100.00
-- 9 E1, 2019: no premium = NULL
SELECT '1' AS call, "udfCollectedContribution"('2021-03-01', '2021-03-31', 1) AS collected
UNION ALL SELECT '2', "udfCollectedContribution"('2021-03-01', '2021-03-31', 2)
UNION ALL SELECT '3', "udfCollectedContribution"('2021-03-01', '2021-03-31', 3)
UNION ALL SELECT '4', "udfCollectedContribution"('2021-03-08', '2021-03-20', 1)
UNION ALL SELECT '5', "udfCollectedContribution"('2021-03-01', '2021-03-31', 4)
UNION ALL SELECT '6', "udfCollectedContribution"('2021-03-01', '2021-03-31', 7)
UNION ALL SELECT '7', "udfCollectedContribution"('2021-05-01', '2021-05-31', 5)
UNION ALL SELECT '8', "udfCollectedContribution"('2021-05-01', '2021-05-31', 6)
UNION ALL SELECT '9', "udfCollectedContribution"('2019-01-01', '2019-12-31', 1)
ORDER BY 1;
