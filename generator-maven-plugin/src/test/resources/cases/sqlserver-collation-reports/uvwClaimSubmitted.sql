-- uvwClaimSubmitted: claims valuated (C1, C2), processed (C3, C4) or rejected (C5, C6), three of each
-- facility 'HF1'/'hf1': one facility to SQL Server, 6.
SELECT * FROM "uvwClaimSubmitted"
ORDER BY "yeartime", "monthtime", "HFCode";
