-- uspPolicyValue for a saved policy (policyid > 0): family, product, stage and enrolment date come
-- from tblPolicy; the arguments for them are ignored.
-- a  policy 2 (family 1, product 1, stage R, enrolled 2024-06-15), called with stage 'N':
--    renewal, 420 + 18 = 438; start 2024-07-01, 06-15 > 06-01: no discount -> 438.00
-- b  policy 3 (family 2, product 2, N, 2024-01-10): 660 + 15.05 + 20 -> 695.05
-- c  policy 1 (family 1, product 1, N, 2023-04-20): 468; start 2023-07-01 (2023-05-20 after the
--    administration month), 04-20 <= 05-01: 10 % off -> 421.20
-- d  policy 12 (family 5, product 1, N, 2023-09-10), called with family 3, product 2, 'R',
--    2020-01-01: 1 adult: 100 + assembly 3 + registration 5 = 108; 2023-10-10 is after both
--    cycles, start 2024-01-01, 09-10 <= 2023-11-01: 10 % off -> 97.20
-- e  policy 10, a history row (ValidityTo set), is still read (family 2, product 1, N,
--    2023-12-05): 5*100 + 5*3 + 5*5 = 540; start 2024-01-01, 12-05 > 11-01 -> 540.00
-- f  policy 9999 does not exist: the arguments count (family 1, product 1, N, 2024-05-15) -> 468.00
SELECT 'a' AS call, "uspPolicyValue"(0, 0, 2, 'N', NULL, 0, 0) AS value
UNION ALL SELECT 'b', "uspPolicyValue"(0, 0, 3, 'N', NULL, 0, 0)
UNION ALL SELECT 'c', "uspPolicyValue"(0, 0, 1, 'R', NULL, 0, 0)
UNION ALL SELECT 'd', "uspPolicyValue"(3, 2, 12, 'R', '2020-01-01', 0, 0)
UNION ALL SELECT 'e', "uspPolicyValue"(0, 0, 10, 'N', NULL, 0, 0)
UNION ALL SELECT 'f', "uspPolicyValue"(1, 1, 9999, 'N', '2024-05-15', 0, 0)
ORDER BY call;
