-- uvwClaimEntered: all six claims of June 2021, three of facility 'HF1' (level 'H', 'Kilosa Hospital')
-- and three of 'hf1' ('h', 'kilosa hospital '): one facility to SQL Server, TotalClaimEntered 6.
SELECT * FROM "uvwClaimEntered"
ORDER BY "yeartime", "monthtime", "HFCode";
