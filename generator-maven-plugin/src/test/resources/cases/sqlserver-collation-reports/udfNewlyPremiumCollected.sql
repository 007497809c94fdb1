-- udfNewlyPremiumCollected for March 2021, mode 2: premiums 1825.50 (P1, officer 'E1' Lane Ann) and
-- 1824.25 (P2, officer 'e1' 'lane ' 'ann'): one officer to SQL Server, 1825.50 + 1824.25 = 3649.75.
SELECT * FROM "udfNewlyPremiumCollected"(3, 2021, 2, 0, 0)
ORDER BY "ProdId", "Officer";
