-- Valuated amount = sum of RemuneratedAmount of current lines of valuated claims (ClaimStatus = 16:
-- C1 and C7; the processed C2 and C8 have remunerated amounts too but are not counted).
--   2023-03 HF001 PA: C1 item 18.00 + service 40.00 = 58.00
--   2023-03 HF001 PB: C1 service 200.00
--   2024-02 HF001 PB: C7 item 0.00 + service 50.00 (deleted service 100.00 left out) = 50.00
SELECT * FROM "uvwAmountValuated" ORDER BY "yeartime", "monthtime", "ProductCode";
