-- Insured families per date: each current policy with an effective date gives its family the
-- dates DATEADD(MONTH, n, EOMONTH(EffectiveDate)), n = 0..11. Shown here: the first quarters
-- (quartertime '1') of 2023 and 2024; uvwNumberOfInsuredHouseholds_totals checks the whole view.
--   F1 (Aville): P1 eff 2023-01-15 and P5 eff 2023-01-20 give the same dates 2023-01-31, 02-28,
--      03-31, ..., 12-31 (counted once); P2 eff 2024-01-15 gives 2024-01-31, 02-29, 03-31, ...
--   F3 (Aville): P4 eff 2023-02-10 -> 2023-02-28, then the 28th: 03-28, ..., 2024-01-28
--   F2 (Bville): P3 eff 2023-06-01 -> 2023-06-30, then the 30th: 07-30, ..., 2024-01-30,
--      2024-02-29 (no 30 February), 03-30, 04-30, 05-30. P6 (no effective date) and P7 are out.
--   2023-01 Aville 1 (F1); 2023-02 Aville 2 (F1 and F3 both on 02-28);
--   2023-03 Aville 1 (F1, 03-31) and Aville 1 (F3, 03-28): two rows;
--   2024-01 Aville 1 (F1, 01-31), Aville 1 (F3, 01-28), Bville 1 (F2, 01-30);
--   2024-02 Aville 1 (F1, 02-29), Bville 1 (F2, 02-29); 2024-03 Aville 1 (F1), Bville 1 (F2, 03-30)
SELECT * FROM "uvwNumberOfInsuredHouseholds"
WHERE "quartertime" = '1'
ORDER BY "yeartime", "monthtime", "VillageName", "InsuredHouseholds";
