-- eomonth: last day of the month at midnight. date -> timestamptz, timestamp -> timestamp,
-- timestamptz -> timestamptz. The test session runs with TimeZone UTC (set by the test harness),
-- so timestamptz results are midnight UTC and print with +00.
--   1 feb2024: leap year -> 02-29; the ts input is already 02-29 23:59:59, its time is dropped.
--   2 feb2023: common year -> 02-28; tz '2023-03-01 00:30+01' is 2023-02-28 23:30 UTC, so February.
--   3 jan31:   a month's last day maps to itself (time dropped).
--   4 apr30:   30-day month; tz '2024-05-01 01:00+02' is 2024-04-30 23:00 UTC, so April.
--   5 dec:     December -> 12-31 of the same year (no spill into the next year).
--   6 feb1900: 1900 is not a leap year -> 02-28; 7 feb2000: 2000 is -> 02-29.
WITH t(label, d, ts, tz) AS (
    VALUES
        ('1 feb2024', date '2024-02-15', timestamp '2024-02-29 23:59:59',     timestamptz '2024-02-10 08:00:00+00'),
        ('2 feb2023', date '2023-02-01', timestamp '2023-02-28 00:00:00',     timestamptz '2023-03-01 00:30:00+01'),
        ('3 jan31',   date '2024-01-31', timestamp '2024-01-31 12:00:00',     timestamptz '2024-01-31 23:30:00+00'),
        ('4 apr30',   date '2024-04-01', timestamp '2024-04-30 23:59:59.999', timestamptz '2024-05-01 01:00:00+02'),
        ('5 dec',     date '2023-12-31', timestamp '2023-12-01 00:00:00',     timestamptz '2023-12-15 00:00:00+00'),
        ('6 feb1900', date '1900-02-10', timestamp '1900-02-10 10:00:00',     timestamptz '1900-02-10 10:00:00+00'),
        ('7 feb2000', date '2000-02-10', timestamp '2000-02-10 10:00:00',     timestamptz '2000-02-10 10:00:00+00')
)
SELECT label, eomonth(d) AS e_d, eomonth(ts) AS e_ts, eomonth(tz) AS e_tz
FROM t
ORDER BY label;
