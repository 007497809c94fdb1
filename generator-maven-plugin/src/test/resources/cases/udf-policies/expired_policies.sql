-- udfExpiredPolicies, March 2021: valid policies of valid families, status above idle, expiring in
-- the month: 101 (PA, E1, F1 North/Alpha), 104 (PC, E1, F1), 201 (PA, E2, F2 North/Beta),
-- 204 (PB, E3, F2), 702 (PB, retired E7, F3 South/Gamma). Left out: 403 (PB, idle), 901 (history row
-- of 201).
-- 1 mode 1, all:              PA 2, PB 2, PC 1
-- 2 mode 1, product PB:       PB 2
-- 3 mode 1, region North:     PA 2, PB 1 (204), PC 1
-- 4 mode 1, district Beta:    PA 1 (201), PB 1 (204)
-- 5 mode 2, all:              one per product/officer; E7 is retired but still listed
-- 6 mode 2, PB in South:      702 only
SELECT '1' AS call, * FROM "udfExpiredPolicies"(3, 2021, 1, 0, 0)
UNION ALL SELECT '2', * FROM "udfExpiredPolicies"(3, 2021, 1, 2, 0)
UNION ALL SELECT '3', * FROM "udfExpiredPolicies"(3, 2021, 1, 0, 1)
UNION ALL SELECT '4', * FROM "udfExpiredPolicies"(3, 2021, 1, 0, 12)
UNION ALL SELECT '5', * FROM "udfExpiredPolicies"(3, 2021, 2, 0, 0)
UNION ALL SELECT '6', * FROM "udfExpiredPolicies"(3, 2021, 2, 2, 2)
ORDER BY 1, 2, 4;
