-- datediff_day and datediff_year count boundaries crossed from the first argument to the second
-- (SQL Server DATEDIFF), not elapsed time: midnights for DAY, 1 January for YEAR; negative when
-- the second argument is earlier. Each row gives a pair as dates (d), timestamps (ts) and
-- timestamptz (tz). The test session runs with TimeZone UTC (set by the test harness), so a
-- timestamptz counts by its UTC date.
--   1 new_year:    2023-12-31 -> 2024-01-01: one midnight, one new year, even for 2 seconds (ts).
--   2 same_year:   2024-01-01 -> 2024-12-31: 365 days (2024 has 366), 0 years.
--   3 same_day:    00:00 -> 23:59:59 the same day: 0 days.
--   4 short_cross: 23:00 -> 01:00 the next day, 2 hours: 1 day. For tz, '2024-05-06 01:00+02'
--                  is 2024-05-05 23:00 UTC.
--   5 backwards:   2024-03-01 -> 2024-02-28 (leap year: 29 Feb between): -2 days, even though
--                  only 1 minute short of 2 days for ts/tz.
--   6 not_age:     2023-06-15 -> 2024-06-14: 365 days (29 Feb 2024 in between), 1 year although
--                  less than a full year has passed.
--   7 years_back:  2025-01-01 -> 2020-12-31: -(1461 + 1) = -1462 days, -5 years. For tz the
--                  +01 literals are 2024-12-31 23:30 and 2020-12-31 23:30 UTC: -1461 days, -4 years.
WITH t(label, d1, d2, ts1, ts2, tz1, tz2) AS (
    VALUES
        ('1 new_year',    date '2023-12-31', date '2024-01-01',
                          timestamp '2023-12-31 23:59:59', timestamp '2024-01-01 00:00:01',
                          timestamptz '2023-12-31 23:59:00+00', timestamptz '2024-01-01 00:01:00+00'),
        ('2 same_year',   date '2024-01-01', date '2024-12-31',
                          timestamp '2024-01-01 00:00:00', timestamp '2024-12-31 23:59:59',
                          timestamptz '2024-01-01 00:00:00+00', timestamptz '2024-12-31 23:59:59+00'),
        ('3 same_day',    date '2024-05-05', date '2024-05-05',
                          timestamp '2024-05-05 00:00:00', timestamp '2024-05-05 23:59:59',
                          timestamptz '2024-05-05 00:00:00+00', timestamptz '2024-05-05 23:59:59+00'),
        ('4 short_cross', date '2024-05-05', date '2024-05-06',
                          timestamp '2024-05-05 23:00:00', timestamp '2024-05-06 01:00:00',
                          timestamptz '2024-05-06 01:00:00+02', timestamptz '2024-05-06 01:00:00+00'),
        ('5 backwards',   date '2024-03-01', date '2024-02-28',
                          timestamp '2024-03-01 00:00:00', timestamp '2024-02-28 23:59:00',
                          timestamptz '2024-03-01 00:00:00+00', timestamptz '2024-02-28 23:59:00+00'),
        ('6 not_age',     date '2023-06-15', date '2024-06-14',
                          timestamp '2023-06-15 12:00:00', timestamp '2024-06-14 12:00:00',
                          timestamptz '2023-06-15 12:00:00+00', timestamptz '2024-06-14 12:00:00+00'),
        ('7 years_back',  date '2025-01-01', date '2020-12-31',
                          timestamp '2025-01-01 00:00:00', timestamp '2020-12-31 23:59:00',
                          timestamptz '2025-01-01 00:30:00+01', timestamptz '2021-01-01 00:30:00+01')
)
SELECT label,
       datediff_day(d1, d2)   AS dd_d, datediff_day(ts1, ts2)  AS dd_ts, datediff_day(tz1, tz2)  AS dd_tz,
       datediff_year(d1, d2)  AS dy_d, datediff_year(ts1, ts2) AS dy_ts, datediff_year(tz1, tz2) AS dy_tz
FROM t
ORDER BY label;
