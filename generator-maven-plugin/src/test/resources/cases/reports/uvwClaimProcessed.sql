-- Claims with ClaimStatus >= 8 (C1, C2, C7, C8), counted once per distinct product of their current
-- lines: C1 {PA, PB}, C2 {PA} (two PA items and a PA service count once), C8 {PA}, C7 {PB} (the
-- deleted service is left out).
--   2023-03 PA: C1, C2, C8 = 3;  2023-03 PB: C1 = 1;  2024-02 PB: C7 = 1
SELECT * FROM "uvwClaimProcessed" ORDER BY "yeartime", "monthtime", "ProductCode";
