-- uspGetPolicyPeriod(product, enrolment date, has-cycles (ignored), stage) for the products of the
-- fixture. Stage 'N' first adds the product's AdministrationPeriod; renewals ('R') do not.
-- Product 1 (cycles 01-01 and 01-07, grace 1 month, 12 months, administration 1 month):
--  a 2024-01-15 N: +1 month = 2024-02-15, not before 2024-01-01+1m = 02-01, before 07-01+1m = 08-01
--                  -> start 2024-07-01, expiry 2025-06-30
--  b 2024-01-15 R: before 2024-02-01 -> start 2024-01-01, expiry 2024-12-31
--  c 2023-12-20 N: +1 month = 2024-01-20, so the cycles are those of 2024: before 02-01
--                  -> start 2024-01-01, expiry 2024-12-31
--  d 2024-07-31 R: still within the grace month of 07-01 -> start 2024-07-01, expiry 2025-06-30
--  e 2024-08-01 R: after every cycle + grace -> cycle 1 of the next year: 2025-01-01 .. 2025-12-31
-- Product 3 (cycles 01-01, 01-04, '' = 01-04, 01-10, grace 0, 3 months, no administration period):
--  f 2024-02-15 N: -> start 2024-04-01, expiry 2024-06-30
--  g 2024-05-10 N: cycles 2 and 3 (both 04-01) are past -> 2024-10-01, expiry 2024-12-31
--  h 2024-10-01 R: not before 10-01 + 0 months -> 2025-01-01, expiry 2025-03-31
-- Product 2 (no cycles: StartCycle1 is blank; 6 months, administration 2 months): HasCycle 0
--  i 2024-01-31 N: start = 2024-01-31 + 2 months = 2024-03-31; + 6 months = 2024-09-30 (end of
--                  month), - 1 day = 2024-09-29
--  j 2023-12-31 N: + 2 months = 2024-02-29 (leap year end of month); + 6 months - 1 day = 2024-08-28
--  k 2024-01-31 R: start 2024-01-31, + 6 months = 2024-07-31, expiry 2024-07-30
-- Product 5 (StartCycle1 NULL, no administration period, 12 months):
--  l 2024-05-05 N: start 2024-05-05, expiry 2025-05-04, HasCycle 0
-- Unknown product 999:
--  m -> NULL, NULL, HasCycle 0
SELECT c.label, p."StartDate", p."ExpiryDate", p."HasCycle"
FROM (VALUES ('a', 1,   date '2024-01-15', 'N'),
             ('b', 1,   date '2024-01-15', 'R'),
             ('c', 1,   date '2023-12-20', 'N'),
             ('d', 1,   date '2024-07-31', 'R'),
             ('e', 1,   date '2024-08-01', 'R'),
             ('f', 3,   date '2024-02-15', 'N'),
             ('g', 3,   date '2024-05-10', 'N'),
             ('h', 3,   date '2024-10-01', 'R'),
             ('i', 2,   date '2024-01-31', 'N'),
             ('j', 2,   date '2023-12-31', 'N'),
             ('k', 2,   date '2024-01-31', 'R'),
             ('l', 5,   date '2024-05-05', 'N'),
             ('m', 999, date '2024-05-05', 'N')) AS c(label, prod_id, enrol_date, stage)
CROSS JOIN LATERAL "uspGetPolicyPeriod"(c.prod_id, c.enrol_date, B'0', c.stage) AS p
ORDER BY c.label;
