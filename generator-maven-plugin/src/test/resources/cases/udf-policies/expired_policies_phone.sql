-- udfExpiredPoliciesPhoneStatistics(from, to, officer): valid expired (status 8) policies of the
-- officer's chain expiring in [from, to], unless the family has a valid renewal (stage R, any status,
-- any date) of the same product or of the product it converts into.
-- Renewals: 102 (F1, PA) covers F1/PA and F1/PC (PC converts into PA); 203 (F2, PA, suspended)
-- covers F2/PA and F2/PC.
-- March 2021 expiries: 101 (F1 PA, E1) renewed; 104 (F1 PC, E1) renewed through the conversion;
-- 201 (F2 PA, E2) renewed by the suspended 203; 204 (F2 PB, E3) not renewed (202 is stage N);
-- 702 (F3 PB, E7) not renewed.
-- 1 E1 chain {E1, E2, E3}, March 2021: 204 -> 1
-- 2 E2 chain {E2, E3}: 204 -> 1
-- 3 E4, March 2021: none -> 0
-- 4 E7, March 2021: 702 -> 1
-- 5 E2, 2011: 91 (F2 PA) counts as renewed by 203, enrolled ten years later -> 0
-- 6 E4, 2019-01-01 .. 2019-01-01: 90 expires that day (both ends included), F3 has no renewal -> 1
SELECT '1' AS call, "udfExpiredPoliciesPhoneStatistics"('2021-03-01', '2021-03-31', 1) AS expired
UNION ALL SELECT '2', "udfExpiredPoliciesPhoneStatistics"('2021-03-01', '2021-03-31', 2)
UNION ALL SELECT '3', "udfExpiredPoliciesPhoneStatistics"('2021-03-01', '2021-03-31', 4)
UNION ALL SELECT '4', "udfExpiredPoliciesPhoneStatistics"('2021-03-01', '2021-03-31', 7)
UNION ALL SELECT '5', "udfExpiredPoliciesPhoneStatistics"('2011-01-01', '2011-12-31', 2)
UNION ALL SELECT '6', "udfExpiredPoliciesPhoneStatistics"('2019-01-01', '2019-01-01', 4)
ORDER BY 1;
