-- dateadd_year(n, x): x moved by n years; 29 February in a non-leap target year becomes
-- 28 February (SQL Server DATEADD). The test session runs with TimeZone UTC (set by the test
-- harness): tz results print in UTC.
--   1 leap_plus1:  2024-02-29 + 1 = 2025-02-28.
--   2 leap_plus4:  2024-02-29 + 4 = 2028-02-29; tz '2024-03-01 00:30+01' is 2024-02-29 23:30 UTC
--                  -> 2028-02-29 23:30 UTC.
--   3 leap_minus1: 2024-02-29 - 1 = 2023-02-28.
--   4 minus10:     2024-07-15 - 10 = 2014-07-15.
WITH t(label, n, d, ts, tz) AS (
    VALUES
        ('1 leap_plus1',  1,   date '2024-02-29', timestamp '2024-02-29 12:00:00', timestamptz '2024-02-29 23:30:00+00'),
        ('2 leap_plus4',  4,   date '2024-02-29', timestamp '2024-02-29 12:00:00', timestamptz '2024-03-01 00:30:00+01'),
        ('3 leap_minus1', -1,  date '2024-02-29', timestamp '2024-02-29 00:00:01', timestamptz '2024-02-29 00:00:01+00'),
        ('4 minus10',     -10, date '2024-07-15', timestamp '2024-07-15 16:45:00', timestamptz '2024-07-15 16:45:00+00')
)
SELECT label, dateadd_year(n, d) AS a_d, dateadd_year(n, ts) AS a_ts, dateadd_year(n, tz) AS a_tz
FROM t
ORDER BY label;
