-- The whole of uvwNumberOfInsuredHouseholds, counted per village and year (rows, sum of counts).
--   Aville 2023: F1 has 12 dates (Jan..Dec, month ends), F3 11 (28 Feb..28 Dec); they share
--     2023-02-28 only, so 12 + 11 - 1 = 22 rows, summing to 23.
--   Aville 2024: F1 12 dates (P2, Jan..Dec), F3 one (2024-01-28): 13 rows, 13.
--   Bville 2023: F2 Jun..Dec: 7 rows, 7.  Bville 2024: Jan..May: 5 rows, 5.
SELECT "VillageName", "yeartime", count(*) AS "Rows", sum("InsuredHouseholds") AS "Households"
FROM "uvwNumberOfInsuredHouseholds"
GROUP BY "VillageName", "yeartime"
ORDER BY "VillageName", "yeartime";
