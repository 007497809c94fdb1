-- udfNewlyPremiumCollected, March 2021: valid premiums paid in March 2021, whatever the policy's
-- status: 103 PB 365 (F1 North, E1), 201 PA 50 (F2 North, E2; paid after the policy's expiry),
-- 202 PB 730 (F2 North, E3; its retired 9999.00 is left out), 301 PA 400 (F3 South/Gamma, E4),
-- 401 PC 500 (F4 North, E1; idle policy), 402 PA 3650 (F4 North, E1), 701 PB 365 (F3 South/Gamma,
-- retired E7). Not counted: 102's 3650 (paid 2021-02-26), 201's 1825 (March 2020).
-- 1 mode 1, all:               PA 50 + 400 + 3650 = 4100; PB 365 + 730 + 365 = 1460; PC 500
-- 2 mode 1, product PB:        1460
-- 3 mode 1, region North:      PA 50 + 3650 = 3700; PB 365 + 730 = 1095; PC 500
-- 4 mode 1, district Gamma:    PA 400; PB 365
-- 5 mode 2, all:               per product and officer (retired E7 included)
-- 6 mode 2, PA in North:       E1 3650, E2 50
SELECT '1' AS call, * FROM "udfNewlyPremiumCollected"(3, 2021, 1, 0, 0)
UNION ALL SELECT '2', * FROM "udfNewlyPremiumCollected"(3, 2021, 1, 2, 0)
UNION ALL SELECT '3', * FROM "udfNewlyPremiumCollected"(3, 2021, 1, 0, 1)
UNION ALL SELECT '4', * FROM "udfNewlyPremiumCollected"(3, 2021, 1, 0, 21)
UNION ALL SELECT '5', * FROM "udfNewlyPremiumCollected"(3, 2021, 2, 0, 0)
UNION ALL SELECT '6', * FROM "udfNewlyPremiumCollected"(3, 2021, 2, 1, 1)
ORDER BY 1, 2, 4;
