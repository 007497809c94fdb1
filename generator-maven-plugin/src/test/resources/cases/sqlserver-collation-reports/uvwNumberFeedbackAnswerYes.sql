-- uvwNumberFeedbackAnswerYes: the "yes" answers, each counted once per product of the claim's lines
-- ('PA' and 'pa', one product to SQL Server):
--   question 1 (care rendered): feedbacks on C1 ('HF1') and C2 ('hf1') -> 2 x 2 = 4, one facility
--   question 3 (drug prescribed): only C1's -> 2, facility shown as 'HF1'
--   question 4 (drug received): only C2's -> 2, facility shown as it is spelt: 'h' / 'hf1' / 'kilosa hospital '
-- Nobody answered yes to question 2.
SELECT * FROM "uvwNumberFeedbackAnswerYes"
ORDER BY "QuestionId", "yeartime", "monthtime";
