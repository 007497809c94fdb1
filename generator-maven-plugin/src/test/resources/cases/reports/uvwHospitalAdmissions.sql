-- Claims spanning a midnight (DateTo - DateFrom > 0) and not rejected: C1 (3 days, valuated),
-- C8 (2 days, processed), C4 (2 days, only entered: still counted), C5 (3 days, checked). C3
-- (rejected, no DateTo), C2 and C7 (same day) are out. Each counts once per product of its current
-- not rejected lines: C1 {PA, PB}, C8 {PA}, C4 {PB}, C5 {PA}. Region/DistrictName = facility's.
-- Age = difference of calendar years between DOB and DateTo.
--   2023-03 PA, Ali Amir M 43, HF001, visit E, A00: C1 + C8 = 2;  2023-03 PB: C1 = 1
--   2023-06 PB, Bako Dan M born 2020-12-31 (age 2023-2020 = 3 though he is 2), HF002, E, B50: C4 = 1
--   2024-01 PA, Chen Eli M 24, HF001, R, B50: C5 = 1 (DateTo in January 2024)
SELECT * FROM "uvwHospitalAdmissions" ORDER BY "yeartime", "monthtime", "ProductCode";
