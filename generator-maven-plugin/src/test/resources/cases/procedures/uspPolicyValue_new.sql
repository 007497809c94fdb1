-- uspPolicyValue for new policies (stage 'N', policyid 0: family, product and date from the
-- arguments). Members counted (age in years up to today; 7 = "other"):
--   family 1: adults 2, children 2, other adult 1, other child 1 (6 members; the 6th by
--             ValidityFrom is the other child); family 2: 5 adults; family 3: 1 adult, 1 child.
-- a  family 1, product 1, 2024-02-10: contribution 2*100 + 2*40 = 280, plus the others
--    1*100 + 1*40 = 140 -> 420; assembly 6*3.00 = 18; registration 6*5.00 = 30; total 468.00.
--    Start (uspGetPolicyPeriod, +1 month administration = 2024-03-10) is 2024-07-01; 2 months
--    before is 2024-05-01 and 2024-02-10 is not later, product with cycles: 10 % off -> 421.20
-- b  same, enrolled 2024-05-15: start 2024-07-01, 05-15 > 05-01: no discount -> 468.00
-- c  same stage written 'n' (SQL Server compares case-insensitively) -> 421.20 as in a
-- d  family 1, product 1, 2020-06-01: the version valid then is the history copy 91:
--    2*90 + 2*35 + 90 + 35 = 375; assembly 6*2 = 12; registration 6*4 = 24; discount 0 % -> 411.00
-- e  family 1, product 1, 2018-06-01: no version valid then, every figure 0 -> 0.00
-- f  family 1, product 2, 2024-03-01: MemberCount 5 leaves out the other child; threshold 3:
--    no extra adult (2), extra children 2 - (3 - 2) = 1; lump sum 500 + other adult 80
--    + extra child 30 = 610; assembly lump sum 15.05; registration lump sum 20 (the per-member
--    fees 7.00 and 9.00 are not used) -> 645.05; enrolment discount 10 % / 0 months does not
--    apply: product 2 has no cycles
-- g  family 2, product 2, 2024-03-01: extra adults 5 - 3 = 2: 500 + 2*80 = 660; + 15.05 + 20
--    -> 695.05
-- h  family 1, product 3, 2024-02-15: threshold 2 with per-member premiums: 2*10 + 2*4 = 28,
--    extra children 2 - (2 - 2) = 2, so (0 + 1 other adult)*10 + (2 + 1 other child)*4 = 22
--    are added -> 50.00; no fees, discounts NULL -> 50.00
-- i  family 3, product 6 (deleted product, SQL Server error code -2, still calculated),
--    2024-03-01: lump sum 300 -> 300.00
-- j  family 3, product 6, enrolment date left out (NULL = today): 300.00 on any date
SELECT 'a' AS call, "uspPolicyValue"(1, 1, 0, 'N', '2024-02-10', 0, 0) AS value
UNION ALL SELECT 'b', "uspPolicyValue"(1, 1, 0, 'N', '2024-05-15', 0, 0)
UNION ALL SELECT 'c', "uspPolicyValue"(1, 1, 0, 'n', '2024-02-10', 0, 0)
UNION ALL SELECT 'd', "uspPolicyValue"(1, 1, 0, 'N', '2020-06-01', 0, 0)
UNION ALL SELECT 'e', "uspPolicyValue"(1, 1, 0, 'N', '2018-06-01', 0, 0)
UNION ALL SELECT 'f', "uspPolicyValue"(1, 2, 0, 'N', '2024-03-01', 0, 0)
UNION ALL SELECT 'g', "uspPolicyValue"(2, 2, 0, 'N', '2024-03-01', 0, 0)
UNION ALL SELECT 'h', "uspPolicyValue"(1, 3, 0, 'N', '2024-02-15', 0, 0)
UNION ALL SELECT 'i', "uspPolicyValue"(3, 6, 0, 'N', '2024-03-01', 0, 0)
UNION ALL SELECT 'j', "uspPolicyValue"(3, 6, 0, 'N')
ORDER BY call;
