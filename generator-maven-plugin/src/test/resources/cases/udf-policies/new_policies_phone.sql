-- udfNewPoliciesPhoneStatistics(from, to, officer): valid new policies (stage N, any status) of the
-- officer's chain enrolled in [from, to].
-- 1 E1 chain {E1, E2, E3}, March 2021: 103 (03-12), 401 (03-20, idle), 402 (03-22), 202 (E3, 03-08);
--   not 102 (stage R), 203 (stage R), 902 (history row) -> 4
-- 2 E2 chain {E2, E3}, March 2021: 202 -> 1
-- 3 E1, 2021-03-08 .. 2021-03-12, both ends included: 202 (03-08), 103 (03-12) -> 2
-- 4 E7 (retired), March 2021: 701 -> 1
-- 5 E5, May 2021: the cycle E5 -> E6 -> E5 lists E5 twice, 501 counts twice -> 2
-- 6 E6, May 2021: chain E6, E5, E6 lists E5 once -> 1
SELECT '1' AS call, "udfNewPoliciesPhoneStatistics"('2021-03-01', '2021-03-31', 1) AS new_policies
UNION ALL SELECT '2', "udfNewPoliciesPhoneStatistics"('2021-03-01', '2021-03-31', 2)
UNION ALL SELECT '3', "udfNewPoliciesPhoneStatistics"('2021-03-08', '2021-03-12', 1)
UNION ALL SELECT '4', "udfNewPoliciesPhoneStatistics"('2021-03-01', '2021-03-31', 7)
UNION ALL SELECT '5', "udfNewPoliciesPhoneStatistics"('2021-05-01', '2021-05-31', 5)
UNION ALL SELECT '6', "udfNewPoliciesPhoneStatistics"('2021-05-01', '2021-05-31', 6)
ORDER BY 1;
