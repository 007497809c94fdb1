-- uvwAmountRejected: quantity x price asked on the lines of the rejected claims C5 (facility 'HF1') and
-- C6 ('hf1'): 2 x 1.25 + 12.40 + 1 x 0.75 + 7.35 = 23.00, one group to SQL Server.
SELECT * FROM "uvwAmountRejected"
ORDER BY "yeartime", "monthtime", "HFCode", "ProductCode";
