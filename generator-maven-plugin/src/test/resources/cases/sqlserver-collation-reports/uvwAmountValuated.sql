-- uvwAmountValuated: the RemuneratedAmount of the lines of the valuated claims C1 and C2:
-- 2.25 + 9.75 + 1.10 + 10.00 = 23.10, one group to SQL Server (facilities 'HF1'/'hf1', products 'PA'/'pa').
SELECT * FROM "uvwAmountValuated"
ORDER BY "yeartime", "monthtime", "HFCode", "ProductCode";
