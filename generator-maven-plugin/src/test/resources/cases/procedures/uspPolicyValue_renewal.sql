-- uspPolicyValue for renewals (stage 'R', policyid 0): no registration fee.
-- Family 1 on product 1: contribution 420 (see uspPolicyValue_new) + assembly 18 = 438.00;
-- renewal discount 5 % when enrolled on or before (reference date - 1 month):
-- a  2024-05-15, previous policy 0: reference = start from uspGetPolicyPeriod (no administration
--    period for renewals) = 2024-07-01; 05-15 <= 06-01 -> 438 - 21.90 = 416.10
-- b  2024-06-20, previous 0: 06-20 > 06-01 -> 438.00
-- c  2024-07-15, previous policy 6 (expiry 2024-08-31): reference 2024-09-01; 07-15 <= 08-01
--    -> 416.10
-- d  2024-08-10, previous policy 6: 08-10 > 08-01 -> 438.00
-- e  2024-08-10, previous 0: start is 2025-01-01 (after both cycles), 08-10 <= 2024-12-01
--    -> 416.10 (the previous policy, not the start, decides in d)
-- f  2024-07-15, previous policy 10: a history row (ValidityTo set) is not looked at, no
--    reference date, no discount -> 438.00
-- Family 1 on product 2: 610 + 15.05 = 625.05; renewal discount 15 % / 0 months:
-- g  2024-03-01, previous 0: reference = start = 2024-03-01 (no cycles); 03-01 <= 03-01
--    -> 625.05 - 93.7575 = 531.2925, rounded to 531.29
-- h  2024-09-11, previous policy 3 (expiry 2024-09-09): reference 2024-09-10; 09-11 is later
--    -> 625.05
SELECT 'a' AS call, "uspPolicyValue"(1, 1, 0, 'R', '2024-05-15', 0, 0) AS value
UNION ALL SELECT 'b', "uspPolicyValue"(1, 1, 0, 'R', '2024-06-20', 0, 0)
UNION ALL SELECT 'c', "uspPolicyValue"(1, 1, 0, 'R', '2024-07-15', 6, 0)
UNION ALL SELECT 'd', "uspPolicyValue"(1, 1, 0, 'R', '2024-08-10', 6, 0)
UNION ALL SELECT 'e', "uspPolicyValue"(1, 1, 0, 'R', '2024-08-10', 0, 0)
UNION ALL SELECT 'f', "uspPolicyValue"(1, 1, 0, 'R', '2024-07-15', 10, 0)
UNION ALL SELECT 'g', "uspPolicyValue"(1, 2, 0, 'R', '2024-03-01', 0, 0)
UNION ALL SELECT 'h', "uspPolicyValue"(1, 2, 0, 'R', '2024-09-11', 3, 0)
ORDER BY call;
