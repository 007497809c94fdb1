-- uvwNumberPolicySold: new policies P1 (stage 'N', head 'F' of Kilosa, officer 'E1' Lane Ann) and P2
-- ('n', 'f' of 'kilosa ', officer 'e1' 'lane ' 'ann'), enrolled 2021-03-05 and -10, heads born 1980
-- (Age 41): one group to SQL Server, soldpolicy 2. P3 and P4 are renewals.
SELECT * FROM "uvwNumberPolicySold"
ORDER BY "yeartime", "monthtime", "InsVillage";
