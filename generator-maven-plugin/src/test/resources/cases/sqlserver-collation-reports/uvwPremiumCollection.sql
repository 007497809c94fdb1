-- uvwPremiumCollection: premiums 1825.50 (P1, type 'C', payer 'G' Gov Fund, officer 'E1', Kilosa) and
-- 1824.25 (P2, 'c', payer 'g' 'gov fund ', officer 'e1', 'kilosa '), both paid in March 2021: one
-- group to SQL Server, Amount 1825.50 + 1824.25 = 3649.75.
SELECT * FROM "uvwPremiumCollection"
ORDER BY "yeartime", "monthtime", "PayType";
