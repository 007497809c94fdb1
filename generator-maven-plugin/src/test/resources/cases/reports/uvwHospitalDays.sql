-- Same claims and groups as uvwHospitalAdmissions, summing DATEDIFF(DAY, DateFrom, DateTo) per row
-- (a claim with two products counts its days in both):
--   2023-03 PA: C1 3 + C8 2 = 5;  2023-03 PB: C1 3;  2023-06 PB: C4 2 (06-10..06-12);
--   2024-01 PA: C5 3 (2023-12-30..2024-01-02)
SELECT * FROM "uvwHospitalDays" ORDER BY "yeartime", "monthtime", "ProductCode";
