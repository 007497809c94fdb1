-- udfNewPolicyInsuree for March 2021, mode 2: the members of the families of P1 (I1 'F', officer 'E1')
-- and P2 (I2 'f', officer 'e1' 'lane ' 'ann'): one officer to SQL Server, Female 2.
SELECT * FROM "udfNewPolicyInsuree"(3, 2021, 2, 0, 0)
ORDER BY "ProdID", "Officer";
