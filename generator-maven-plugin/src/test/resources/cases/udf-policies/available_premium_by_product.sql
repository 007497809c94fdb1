-- udfAvailablePremium, mode 1 (one product), March 2021: 1st = 2021-03-01, 31 days.
-- Per premium group: covered_from = max(pay date, effective); daily rate = amount / days from
-- covered_from to expiry, cut after 6 decimals (SQL Server decimal(38,6) division truncates).
-- PA (product 1):
--   101: paid 2020-02-25, 2020-03-01 -> 2021-03-01: ends on the 1st (day before is in February),
--        started 2020, not running past March 31                                         ->   0
--   102: paid 2021-02-26, 2021-03-01 -> 2022-03-01: cover starts 03-01 (case b):
--        (31 + 1 - 1) x 3650/365 = 31 x 10                                               -> 310
--   201: paid 2020-03-10, 2020-03-15 -> 2021-03-15: ends in March (case a):
--        (03-15 - 03-01 = 14) x 1825/365 = 14 x 5                                        ->  70
--        (its 50.00 paid 2021-03-20, after expiry, is left out)
--   301: 1100.00 paid 2020-09-25, 2020-10-01 -> 2021-10-01: whole month (case c):
--        31 x trunc(1100/365 = 3.0136986..., 6) = 31 x 3.013698                          ->  93.424638
--        400.00 paid 2021-03-11 (after effective): cover from 03-11 (case b):
--        (32 - 11 = 21) x trunc(400/204 = 1.9607843..., 6) = 21 x 1.960784               ->  41.176464
--   402: paid 2021-03-22 = effective, -> 2022-03-22 (case b): (32 - 22 = 10) x 10         -> 100
--   total 614.601102; North (F1, F2, F4: 101, 102, 201, 402) 480; district Beta (F2: 201) 70;
--   South (F3: 301) 134.601102.
-- PB (product 2): 103 (from 03-12) 20 x 1 = 20; 202 (paid 03-08, effective 03-10) 22 x 730/365 = 44
--   (its retired 9999.00 premium is left out); 701 (from 03-02, retired officer: mode 1 does not
--   look at officers) 30 x 1 = 30; 90 (2016..2019) nothing -> 94.
-- PC (product 3): 401 is idle (its 500.00 would give 16.438356) and is left out; 501 starts in May
--   and gives nothing, but its group still makes a row: 0.
SELECT '1 PA' AS call, * FROM "udfAvailablePremium"(3, 2021, 1, 1, 0)
UNION ALL SELECT '2 PA North', * FROM "udfAvailablePremium"(3, 2021, 1, 1, 1)
UNION ALL SELECT '3 PA Beta', * FROM "udfAvailablePremium"(3, 2021, 1, 1, 12)
UNION ALL SELECT '4 PA South', * FROM "udfAvailablePremium"(3, 2021, 1, 1, 2)
UNION ALL SELECT '5 PB', * FROM "udfAvailablePremium"(3, 2021, 1, 2, 0)
UNION ALL SELECT '6 PC', * FROM "udfAvailablePremium"(3, 2021, 1, 3, 0)
ORDER BY 1, 2;
