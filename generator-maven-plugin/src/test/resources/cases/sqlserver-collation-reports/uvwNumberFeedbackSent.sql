-- uvwNumberFeedbackSent: the prompts on C1 ('HF1', 2021-06-05) and C2 ('hf1', 2021-06-06), each once
-- per product of the claim's lines ('PA', 'pa'): 2 x 2 = 4, one group to SQL Server.
SELECT * FROM "uvwNumberFeedbackSent"
ORDER BY "yeartime", "monthtime", "HFCode", "ProductCode";
