-- Current feedbacks, once per product of their claim's current lines, per month of the feedback
-- date: FB1 (C1, 2023-03) x {PA, PB}, FB4 (C2, 2023-03) x {PA}, FB2 (C7, 2024-02) x {PB}; the
-- deleted FB3 (C5, 2024-01) is out.
--   2023-03 PA: 2;  2023-03 PB: 1;  2024-02 PB: 1
SELECT * FROM "uvwNumberFeedbackResponded" ORDER BY "yeartime", "monthtime", "ProductCode";
