-- Modes other than 1 and 2 return no row (the originals have no branch for them), and
-- udfAvailablePremium's mode 1 has no "product 0 = all products": product 0 gives no row.
SELECT '1 AvailablePremium mode 0' AS call, COUNT(*) AS row_count FROM "udfAvailablePremium"(3, 2021, 0, 1, 0)
UNION ALL SELECT '2 AvailablePremium mode 3', COUNT(*) FROM "udfAvailablePremium"(3, 2021, 3, 1, 0)
UNION ALL SELECT '3 AvailablePremium mode 1 product 0', COUNT(*) FROM "udfAvailablePremium"(3, 2021, 1, 0, 0)
UNION ALL SELECT '4 ExpiredPolicies mode 0', COUNT(*) FROM "udfExpiredPolicies"(3, 2021, 0, 0, 0)
UNION ALL SELECT '5 NewlyPremiumCollected mode 3', COUNT(*) FROM "udfNewlyPremiumCollected"(3, 2021, 3, 0, 0)
UNION ALL SELECT '6 NewPolicies mode 0', COUNT(*) FROM "udfNewPolicies"(3, 2021, 0, 0, 0)
UNION ALL SELECT '7 NewPolicyInsuree mode 3', COUNT(*) FROM "udfNewPolicyInsuree"(3, 2021, 3, 0, 0)
ORDER BY 1;
