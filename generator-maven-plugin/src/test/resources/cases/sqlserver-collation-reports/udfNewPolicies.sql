-- udfNewPolicies for March 2021, mode 2: the new policies P1 (stage 'N', head 'F', officer 'E1' Lane
-- Ann) and P2 ('n', head 'f', officer 'e1' 'lane ' 'ann'): one officer to SQL Server, Female 2.
SELECT * FROM "udfNewPolicies"(3, 2021, 2, 0, 0)
ORDER BY "ProdId", "Officer";
