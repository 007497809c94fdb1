-- udfRenewedPoliciesPhoneStatistics(datefrom, dateto, officerid): live renewals (stage R, any
-- status, no family/location check) enrolled from datefrom to dateto, by the officer or the
-- officers he took over (live officers whose OfficerIDSubst leads to him).
-- Officers counted for OF1: OF1, OF3 (substitute OF1), OF4 (substitute OF3); not OF5 (retired).
-- Renewals: PL4 OF2 03-05; PL5 OF1 03-08 (idle); PL10 OF1 03-10 (retired family); PL7 OF1 03-15;
-- PL6 OF3 03-20; PL9 no officer 03-28; PL12 OF5 04-10; PL13 OF6 06-05; PL14 OF7 06-10;
-- PL8 (OF2) is a history row.
--   01 March, OF1: PL5, PL10, PL7, PL6 = 4
--   02 2023-03-10 .. 2023-03-20, OF1: both ends included: PL10, PL7, PL6 = 3
--   03 March, OF3: OF3 and OF4: PL6 = 1
--   04 March, OF2: PL4 = 1
--   05 2023, OF1: still 4 (PL12 of the retired OF5 is not taken over)
--   06 2023, OF5: its own PL12 = 1 (the given officer need not be live)
--   07 June, OF6: OF6 and OF7 took each other over; the walk OF6, OF7, OF6 stops at the repeat,
--      leaving OF6 twice, as in SQL Server: PL13 twice + PL14 = 3
--   08 2023, OF4: no renewal of its own = 0
--   09 officer NULL: 0
SELECT a.call, "udfRenewedPoliciesPhoneStatistics"(a.date_from, a.date_to, a.officer) AS renewed
FROM (VALUES
        ('01 March OF1',          date '2023-03-01', date '2023-03-31', 1),
        ('02 03-10..03-20 OF1',   date '2023-03-10', date '2023-03-20', 1),
        ('03 March OF3',          date '2023-03-01', date '2023-03-31', 3),
        ('04 March OF2',          date '2023-03-01', date '2023-03-31', 2),
        ('05 2023 OF1',           date '2023-01-01', date '2023-12-31', 1),
        ('06 2023 OF5',           date '2023-01-01', date '2023-12-31', 5),
        ('07 June OF6',           date '2023-06-01', date '2023-06-30', 6),
        ('08 2023 OF4',           date '2023-01-01', date '2023-12-31', 4),
        ('09 2023 NULL',          date '2023-01-01', date '2023-12-31', NULL)
     ) AS a(call, date_from, date_to, officer)
ORDER BY a.call;
