-- year, month, quarter and datename_q, each on its date (d), timestamp (ts) and timestamptz (tz)
-- overload, at quarter and year boundaries.
-- The test session runs with TimeZone UTC (set by the test harness), so a timestamptz is read as
-- its UTC wall-clock time; the tz literals carry explicit offsets to land just on the other side
-- of midnight from their written local time:
--   jan01: '2023-12-31 23:30-01' is 2024-01-01 00:30 UTC -> 2024, month 1, Q1
--   apr01: '2024-03-31 23:30-02' is 2024-04-01 01:30 UTC -> month 4, Q2 (not March/Q1)
--   jun30: '2024-07-01 00:30+02' is 2024-06-30 22:30 UTC -> month 6, Q2 (not July/Q3)
--   dec31: '2024-01-01 00:59+01' is 2023-12-31 23:59 UTC -> 2023, month 12, Q4
-- The other rows use +00. Quarters: Jan-Mar 1, Apr-Jun 2, Jul-Sep 3, Oct-Dec 4; datename_q is
-- the same number as text.
WITH t(label, d, ts, tz) AS (
    VALUES
        ('1 jan01', date '2024-01-01', timestamp '2024-01-01 00:00:00',     timestamptz '2023-12-31 23:30:00-01'),
        ('2 mar31', date '2024-03-31', timestamp '2024-03-31 23:59:59',     timestamptz '2024-03-31 23:30:00+00'),
        ('3 apr01', date '2024-04-01', timestamp '2024-04-01 00:00:00',     timestamptz '2024-03-31 23:30:00-02'),
        ('4 jun30', date '2024-06-30', timestamp '2024-06-30 23:59:59.999', timestamptz '2024-07-01 00:30:00+02'),
        ('5 jul01', date '2024-07-01', timestamp '2024-07-01 00:00:00',     timestamptz '2024-07-01 00:00:00+00'),
        ('6 sep30', date '2023-09-30', timestamp '2023-09-30 12:00:00',     timestamptz '2023-09-30 12:00:00+00'),
        ('7 oct01', date '2023-10-01', timestamp '2023-10-01 00:00:01',     timestamptz '2023-10-01 00:00:00+00'),
        ('8 dec31', date '2023-12-31', timestamp '2023-12-31 23:59:59',     timestamptz '2024-01-01 00:59:00+01')
)
SELECT label,
       year(d)       AS y_d,  year(ts)       AS y_ts,  year(tz)       AS y_tz,
       month(d)      AS m_d,  month(ts)      AS m_ts,  month(tz)      AS m_tz,
       quarter(d)    AS q_d,  quarter(ts)    AS q_ts,  quarter(tz)    AS q_tz,
       datename_q(d) AS qn_d, datename_q(ts) AS qn_ts, datename_q(tz) AS qn_tz
FROM t
ORDER BY label;
