-- uvwNumberFeedbackResponded: the feedbacks on C1 ('HF1', 2021-06-20) and C2 ('hf1', 2021-06-21), each
-- once per product of the claim's lines ('PA', 'pa'): 2 x 2 = 4, one group to SQL Server.
SELECT * FROM "uvwNumberFeedbackResponded"
ORDER BY "yeartime", "monthtime", "HFCode", "ProductCode";
