-- dateadd_month(n, x): x moved by n calendar months; a day that does not exist in the target
-- month becomes that month's last day (SQL Server DATEADD). The test session runs with TimeZone
-- UTC (set by the test harness): tz results print in UTC.
--   1 jan31_leap:   2024-01-31 + 1 = 2024-02-29.
--   2 jan31_common: 2023-01-31 + 1 = 2023-02-28; tz '2023-02-01 00:30+01' is 2023-01-31 23:30 UTC
--                   -> 2023-02-28 23:30 UTC.
--   3 mar31_back:   2024-03-31 - 1 = 2024-02-29.
--   4 jan31_plus2:  2024-01-31 + 2 = 2024-03-31 (one step of 2 months, not two clamped steps).
--   5 year_wrap:    2023-12-15 + 13 = 2025-01-15.
--   6 apr30_plus1:  2024-04-30 + 1 = 2024-05-30 (not the month's end 05-31).
WITH t(label, n, d, ts, tz) AS (
    VALUES
        ('1 jan31_leap',   1,  date '2024-01-31', timestamp '2024-01-31 10:15:00', timestamptz '2024-01-31 23:30:00+00'),
        ('2 jan31_common', 1,  date '2023-01-31', timestamp '2023-01-31 23:59:59', timestamptz '2023-02-01 00:30:00+01'),
        ('3 mar31_back',   -1, date '2024-03-31', timestamp '2024-03-31 00:00:00', timestamptz '2024-03-31 12:00:00+00'),
        ('4 jan31_plus2',  2,  date '2024-01-31', timestamp '2024-01-31 06:00:00', timestamptz '2024-01-31 06:00:00+00'),
        ('5 year_wrap',    13, date '2023-12-15', timestamp '2023-12-15 08:00:00', timestamptz '2023-12-15 08:00:00+00'),
        ('6 apr30_plus1',  1,  date '2024-04-30', timestamp '2024-04-30 07:00:00', timestamptz '2024-04-30 07:00:00+00')
)
SELECT label, dateadd_month(n, d) AS a_d, dateadd_month(n, ts) AS a_ts, dateadd_month(n, tz) AS a_tz
FROM t
ORDER BY label;
