-- uvwExpenditureInsureeRange: the valuated amount per claim ("Insuree" is the ClaimID) and product.
-- Each claim has a line of product 'PA' and one of 'pa', one product to SQL Server, so one row per
-- claim with both lines (C5 and C6 have no valuated line): C1 2.50 + 10.50 = 13.00, C2 1.25 + 10.25
-- = 11.50, C3 3.75 + 21.00 = 24.75, C4 5.00 + 10.50 = 15.50. Age 2021 - 1980 = 41; the gender is the
-- claimant's own ('F' for I1, 'f' for I2), the place their family's (Kilosa / 'kilosa ' in Alpha).
SELECT * FROM "uvwExpenditureInsureeRange"
ORDER BY "Insuree", "ProductCode";
