-- udfAvailablePremium, mode 2 (per product and valid officer; the product argument is ignored),
-- March 2021. Figures per policy as in available_premium_by_product:
--   PA E1: 101 (0) + 102 (310) + 402 (100)   = 410     PB E1: 103        = 20
--   PA E2: 201                               = 70      PB E3: 202        = 44
--   PA E4: 301 (93.424638 + 41.176464)       = 134.601102
--   PB E4: 90 gives nothing in March 2021    = 0       PC E5: 501 (May)  = 0
--   PB 701 belongs to retired officer E7: no row; PC 401 is idle: no row for E1.
-- Second call: product 99 (ignored) and region North: F1, F2, F4 only (no E4, E5 rows).
SELECT '1 all' AS call, * FROM "udfAvailablePremium"(3, 2021, 2, 0, 0)
UNION ALL SELECT '2 North, product 99', * FROM "udfAvailablePremium"(3, 2021, 2, 99, 1)
ORDER BY 1, 2, 4;
