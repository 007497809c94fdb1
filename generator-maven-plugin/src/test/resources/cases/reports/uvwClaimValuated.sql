-- Valuated claims (ClaimStatus = 16: C1 and C7), once per distinct product of their current lines:
--   C1 2023-03 {PA, PB}, C7 2024-02 {PB}. The processed C2 and C8 are not counted.
SELECT * FROM "uvwClaimValuated" ORDER BY "yeartime", "monthtime", "ProductCode";
