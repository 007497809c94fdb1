-- udfExpiredPolicies for March 2022, mode 2 (per product and officer): P1 (officer 'E1' Lane Ann,
-- expires 2022-03-04) and P2 (officer 'e1' 'lane ' 'ann', expires 2022-03-09), both status 4 (> 1):
-- one officer to SQL Server, ExpiredPolicies 2 for product 1.
SELECT * FROM "udfExpiredPolicies"(3, 2022, 2, 0, 0)
ORDER BY "ProdId", "Officer";
