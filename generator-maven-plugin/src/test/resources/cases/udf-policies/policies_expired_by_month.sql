-- udfNumberOfPoliciesExpired: every valid policy with status above idle counts once, in its expiry
-- month (past or future); officer, product and head must be valid. Left out: 401, 403 (idle),
-- 701, 702 (retired officer E7), 901, 902 (history rows).
--   2011-03: 91                       2022-01: 105
--   2019-01: 90                       2022-03: 102, 103, 202, 203, 402 -> 5
--   2021-03: 101, 104, 201, 204 -> 4  2022-05: 501
--   2021-10: 301                      2100-01: 960
--                                     2101-01: 950
SELECT "YearTime", "MonthTime", SUM("ExpiredPolicy") AS policies
FROM "udfNumberOfPoliciesExpired"()
GROUP BY "YearTime", "MonthTime"
ORDER BY "YearTime", "MonthTime";
