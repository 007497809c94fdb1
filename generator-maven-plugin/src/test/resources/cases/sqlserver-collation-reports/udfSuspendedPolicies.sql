-- udfSuspendedPolicies for September 2021, mode 2: P1 (suspended, live row from 2021-09-01, officer
-- 'E1' Lane Ann) and P2 (from 2021-09-15, officer 'e1' 'lane ' 'ann'): one officer to SQL Server, 2.
SELECT * FROM "udfSuspendedPolicies"(9, 2021, 2, 0, 0)
ORDER BY "ProdId", "Officer";
