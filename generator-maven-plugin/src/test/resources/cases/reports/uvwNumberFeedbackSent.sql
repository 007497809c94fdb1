-- Current feedback prompts, once per product of their claim's current lines, per month of the
-- prompt date: FP1 (C1, 2023-03-06) x {PA, PB}, FP4 (C8, 2023-03-23) x {PA}, FP2 (C7, 2024-02-06)
-- x {PB}; the deleted FP3 (C2) is out.
--   2023-03 PA: 2;  2023-03 PB: 1;  2024-02 PB: 1
SELECT * FROM "uvwNumberFeedbackSent" ORDER BY "yeartime", "monthtime", "ProductCode";
