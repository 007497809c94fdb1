-- udfTotalPolicies on 2021-06-30, mode 2: P1 (head 'F', officer 'E1' Lane Ann) and P2 (head 'f',
-- officer 'e1' 'lane ' 'ann') are in force: one officer to SQL Server, Female 2.
SELECT * FROM "udfTotalPolicies"('2021-06-30', 2)
ORDER BY "ProdId", "Officer";
