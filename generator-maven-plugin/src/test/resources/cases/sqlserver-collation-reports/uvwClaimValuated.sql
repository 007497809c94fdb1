-- uvwClaimValuated: the valuated claims C1 ('HF1') and C2 ('hf1'), each once per product of its lines
-- ('PA' and 'pa'): 2 x 2 = 4, one group to SQL Server.
SELECT * FROM "uvwClaimValuated"
ORDER BY "yeartime", "monthtime", "HFCode", "ProductCode";
