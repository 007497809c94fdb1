-- "Yes" answers per question, month of the feedback date, facility and product of the claim's
-- current lines. Current feedbacks: FB1 (C1 {PA, PB}, 2023-03-20, yes to 1, 3, 4), FB4 (C2 {PA},
-- 2023-03-25, yes to 3, 4; no to 1; NULL to 2), FB2 (C7 {PB}, 2024-02-10, yes to 1, 2). FB3
-- (all yes, on C5) is deleted. All claims are at HF001.
--   Q1: 2023-03 PA 1 (FB1), PB 1 (FB1); 2024-02 PB 1 (FB2)
--   Q2: 2024-02 PB 1 (FB2)
--   Q3: 2023-03 PA 2 (FB1, FB4), PB 1 (FB1)
--   Q4: 2023-03 PA 2 (FB1, FB4), PB 1 (FB1)
SELECT * FROM "uvwNumberFeedbackAnswerYes" ORDER BY "QuestionId", "yeartime", "monthtime", "ProductCode";
