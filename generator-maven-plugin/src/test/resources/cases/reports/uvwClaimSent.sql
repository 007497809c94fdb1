-- Claims with ClaimStatus > 2 (C1, C2, C5, C7, C8; not the rejected C3 nor the entered C4), per
-- month of DateClaimed, counted once per distinct current product of their current lines:
--   C1 claimed 2023-03-05 {PA, PB}; C8 claimed 2023-03-23 {PA}; C2 claimed 2023-04-02 {PA}
--   (treated in March, counted in April); C5 claimed 2024-01-03 {PA}; C7 claimed 2024-02-06 {PB}.
--   2023-03 PA: C1, C8 = 2;  2023-03 PB: 1;  2023-04 PA: 1;  2024-01 PA: 1;  2024-02 PB: 1
SELECT * FROM "uvwClaimSent" ORDER BY "yeartime", "monthtime", "ProductCode";
