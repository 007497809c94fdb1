-- uspSSRSPolicyStatus: policies expiring 2024-06-01 .. 2024-12-31, no filter.
-- Candidates (current, status > 1, expiry in range), latest renewal date first:
--   12 (2024-12-31), 8 (12-15), 4 (10-31), 3 (09-09), 6 (08-31), 7 (07-31), 1 (06-30), 11 (06-29).
--   Not candidates: 9 (Idle), 10 (history row), 2 and 5 (expire in 2025).
-- Left out: 7 (family 4 and product 1 already listed with policy 6), 1 (policy 2 of the same family
-- and product starts 2024-07-01 = its renewal date).
-- Products: policy 4 has product 4 -> 5 -> 1: product 1 (CYC) is reported, ConvProdID NULL; it is
-- not left out although its family has policy 5 of product 4 starting 2024-11-01 (the test is made
-- on the reported product). Officers: 3 has officer 2, who left on 2024-06-30, before its renewal
-- date 2024-09-10: substitute 3, then 3's substitute 4 (Osei) is reported; 11 renews on 2024-06-30,
-- not after officer 2's WorksTo: officer 2 stays (substitute 3 and WorksTo shown). Officer 5 works to
-- 2030: stays.
-- policyvalue = renewal value uspPolicyValue(family, product, 0, 'R', renewal date, policy),
-- truncated to a whole number (SQL Server reads the procedure's integer RETURN value):
--   12: family 5 (1 adult) on product 1: 100 + assembly 3 = 103; reference = renewal date
--       2025-01-01, minus 1 month: not on or before -> 103
--   8:  family 1 on product 2: 625.05, renewal discount 15 % / 0 months applies on the renewal date
--       itself -> 531.29 -> 531
--   4:  family 3 on product 1: 2 members, 100 + 40 + 2*3 = 146 -> 146
--   3:  family 2 on product 2: 660 + 15.05 = 675.05, 15 % off -> 573.79 -> 573
--   6:  family 4 on product 1: 200 + 6 = 206 -> 206
--   11: family 2 on product 1: 500 + 15 = 515 -> 515
SELECT *
FROM "uspSSRSPolicyStatus"('2024-06-01', '2024-12-31', 0, 0, 0, 0, 0, 0)
ORDER BY "RenewalDate" DESC, "PolicyID" DESC;
