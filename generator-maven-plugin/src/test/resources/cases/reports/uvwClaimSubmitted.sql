-- Claims with ClaimStatus >= 4 or = 1 (C1, C2, C3, C5, C7, C8; the entered C4 is out), counted once
-- per month of DateTo (DateFrom when empty) and facility.
--   2023-03 HF001: C1, C2, C8 = 3;  2023-05 HF002: C3 = 1;  2024-01 HF001: C5 = 1;  2024-02 HF001: C7 = 1
SELECT * FROM "uvwClaimSubmitted" ORDER BY "yeartime", "monthtime", "HFCode";
