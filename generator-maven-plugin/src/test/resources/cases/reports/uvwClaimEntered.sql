-- Every current claim (any status) counted once, per month of DateTo (DateFrom when empty) and
-- facility; the history copy C6 is left out.
--   2023-03 HF001: C1 (03-04), C2 (03-10), C8 (03-22) = 3
--   2023-05 HF002: C3 (no DateTo, DateFrom 05-02)     = 1
--   2023-06 HF002: C4 (entered, 06-12)                 = 1
--   2024-01 HF001: C5 (DateTo 2024-01-02)              = 1
--   2024-02 HF001: C7                                  = 1
SELECT * FROM "uvwClaimEntered" ORDER BY "yeartime", "monthtime", "HFCode";
