-- Current new policies (stage 'N'), with the family head's age at enrolment (difference of
-- calendar years) and gender; the history copy P7 of P3 is out (else P3's row would count 2):
--   P1 (F1, PA, OF1, 2023-01-10) and P5 (F1, PB, OF1, 2023-01-12): head Ali Amir M, 43
--   P4 (F3 in Aville, PA, OF2 of district Beta, 2023-02-03): head Chen Eli M, 2023-2000 = 23
--   P3 (F2, PB, OF2, 2023-05-20, quarter '2'): head Bako Cara F, 2023-1955 = 68
SELECT * FROM "uvwNumberPolicySold" ORDER BY "yeartime", "monthtime", "ProductCode";
