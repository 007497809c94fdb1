-- udfPolicyInsuree on 2021-06-30, mode 2: P1 (2021-03-05..2022-03-04, officer 'E1') and P2
-- (2021-03-10..2022-03-09, officer 'e1' 'lane ' 'ann') cover I1 ('F') and I2 ('f'); P3 and P4 start
-- in 2022. One officer to SQL Server: Female 2.
SELECT * FROM "udfPolicyInsuree"('2021-06-30', 2)
ORDER BY "ProdId", "Officer";
