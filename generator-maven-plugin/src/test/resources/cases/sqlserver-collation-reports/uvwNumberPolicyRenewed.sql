-- uvwNumberPolicyRenewed: renewals P3 (stage 'R', head 'F' of Kilosa, officer 'E1' Lane Ann) and P4
-- ('r', 'f' of 'kilosa ', officer 'e1' 'lane ' 'ann'), enrolled 2022-03-01 and -02, heads born 1980
-- (Age 2022 - 1980 = 42): one group to SQL Server, Renewals 2.
SELECT * FROM "uvwNumberPolicyRenewed"
ORDER BY "yeartime", "monthtime", "VillageName";
