-- uvwClaimRejected: the rejected claims C5 ('HF1') and C6 ('hf1'): one facility to SQL Server, 2.
SELECT * FROM "uvwClaimRejected"
ORDER BY "yeartime", "monthtime", "HFCode";
