-- udfPolicyRenewal for March 2022, mode 2: renewals P3 (stage 'R', officer 'E1' Lane Ann) and P4
-- ('r', officer 'e1' 'lane ' 'ann'), both active: one officer to SQL Server, Renewals 2.
SELECT * FROM "udfPolicyRenewal"(3, 2022, 2, 0, 0)
ORDER BY "ProdId", "Officer";
