-- udfSuspendedPoliciesPhoneStatistics(datefrom, dateto, officerid): live suspended policies
-- (status 4, no family/location check) whose ExpiryDate lies from datefrom to dateto, of the
-- officer or the officers he took over (live officers whose OfficerIDSubst leads to him).
-- Officers counted for OF1: OF1, OF3, OF4. Suspended policies (expiry): PL6 OF3 2024-03-31;
-- PL10 OF1 2024-03-09 (retired family); PL11 OF4 2023-08-31; PL15 OF1 2024-01-31;
-- PL16 OF1 2023-11-30; PL18 OF7 2023-05-31.
--   01 2023-2024, OF1: PL6, PL10, PL11, PL15, PL16 = 5
--   02 2023-2024, OF3: OF3, OF4: PL6, PL11 = 2
--   03 2023-2024, OF4: PL11 = 1
--   04 2024-01-31 .. 2024-03-09, OF1: both ends included: PL15, PL10 = 2
--   05 2023-2024, OF2: 0
--   06 2023-2024, OF6: walk OF6, OF7, OF6 (cycle): PL18 of OF7 once = 1
--   07 2023-2024, OF7: walk OF7, OF6, OF7: OF7 twice, as in SQL Server: PL18 twice = 2
--   08 officer NULL: 0
SELECT a.call, "udfSuspendedPoliciesPhoneStatistics"(a.date_from, a.date_to, a.officer) AS suspended
FROM (VALUES
        ('01 2023-2024 OF1',      date '2023-01-01', date '2024-12-31', 1),
        ('02 2023-2024 OF3',      date '2023-01-01', date '2024-12-31', 3),
        ('03 2023-2024 OF4',      date '2023-01-01', date '2024-12-31', 4),
        ('04 01-31..03-09 OF1',   date '2024-01-31', date '2024-03-09', 1),
        ('05 2023-2024 OF2',      date '2023-01-01', date '2024-12-31', 2),
        ('06 2023-2024 OF6',      date '2023-01-01', date '2024-12-31', 6),
        ('07 2023-2024 OF7',      date '2023-01-01', date '2024-12-31', 7),
        ('08 2023-2024 NULL',     date '2023-01-01', date '2024-12-31', NULL)
     ) AS a(call, date_from, date_to, officer)
ORDER BY a.call;
