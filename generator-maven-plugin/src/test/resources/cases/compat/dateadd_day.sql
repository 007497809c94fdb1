-- dateadd_day(n, x): x moved by n days; date -> timestamp at midnight, timestamp keeps its time,
-- timestamptz keeps its wall-clock time in the session zone. The test session runs with TimeZone
-- UTC (set by the test harness): tz results print in UTC.
--   1 leap:     2024-02-28 + 1 = 2024-02-29 (leap day exists).
--   2 common:   2023-02-28 + 1 = 2023-03-01; tz '2023-02-28 00:00-05' is 05:00 UTC -> 2023-03-01 05:00 UTC.
--   3 new_year: 2023-12-31 + 1 = 2024-01-01.
--   4 minus:    2024-12-31 - 366 = 2023-12-31 (2024 has 366 days).
--   5 zero:     n = 0 leaves the value (date becomes midnight timestamp).
WITH t(label, n, d, ts, tz) AS (
    VALUES
        ('1 leap',     1,    date '2024-02-28', timestamp '2024-02-28 23:59:59', timestamptz '2024-02-28 23:30:00+00'),
        ('2 common',   1,    date '2023-02-28', timestamp '2023-02-28 00:00:00', timestamptz '2023-02-28 00:00:00-05'),
        ('3 new_year', 1,    date '2023-12-31', timestamp '2023-12-31 18:00:00', timestamptz '2023-12-31 18:00:00+00'),
        ('4 minus',    -366, date '2024-12-31', timestamp '2024-12-31 08:30:00', timestamptz '2024-12-31 08:30:00+00'),
        ('5 zero',     0,    date '2024-05-05', timestamp '2024-05-05 10:00:00', timestamptz '2024-05-05 10:00:00+00')
)
SELECT label, dateadd_day(n, d) AS a_d, dateadd_day(n, ts) AS a_ts, dateadd_day(n, tz) AS a_tz
FROM t
ORDER BY label;
