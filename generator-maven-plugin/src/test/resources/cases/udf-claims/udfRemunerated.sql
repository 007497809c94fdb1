-- udfRemunerated(month, year, hfid, prodid, locationid): sum of RemuneratedAmount of the passed
-- (status 1) live lines of valuated (status 16) live claims, per product and facility, with its
-- cents (numeric(38,2), SQL Server's decimal sum: nothing is cut to an integer).
-- Valuated, May 2023:
--   C3 at HF1: item P1 passed 120.75 (its rejected P1 item of 999.00 does not count),
--              service P2 passed 80.00            -> P1/HF1 120.75, P2/HF1 80.00
--   C4 at HF2: item P1 200.00 + service P1 300.25 (its P2 item of 1000.00 is a history line)
--                                                  -> P1/HF2 200.00 + 300.25 = 500.25
--   C10 at HF2: item P2 passed without amount       -> P2/HF2 0.00 (a row, with 0 at scale 2)
--   C11 at HF3 (placed in region R2): item P2 40.00 -> P2/HF3 40.00
-- Valuated, March 2019:
--   C13 at HF1: item P4 passed 12.75 + service P4 passed 0.50 -> P4/HF1 13.25 (an integer would say 13)
--   C6 (HF2, status 4) has a passed P2 line but is not valuated: left out.
-- 1 all; 2 facility 2; 3 product 2; 4 region R2: HF2 and HF3; 5 district D21: HF2;
-- 6 region R1: HF1; 7 June: nothing valuated, no rows; 8 location NULL = everywhere, facility 3;
-- 9 March 2019: C13 only.
SELECT a.call, r."ProdID", r."HFID", r."Remunerated"
FROM (VALUES
        ('1 all',              5, 2023, 0, 0, 0),
        ('2 hf 2',             5, 2023, 2, 0, 0),
        ('3 prod 2',           5, 2023, 0, 2, 0),
        ('4 loc R2',           5, 2023, 0, 0, 2),
        ('5 loc D21',          5, 2023, 0, 0, 21),
        ('6 loc R1',           5, 2023, 0, 0, 1),
        ('7 June',             6, 2023, 0, 0, 0),
        ('8 loc NULL, hf 3',   5, 2023, 3, 0, NULL),
        ('9 March 2019',       3, 2019, 0, 0, 0)
     ) AS a(call, m, y, hf, prod, loc)
LEFT JOIN LATERAL "udfRemunerated"(a.m, a.y, a.hf, a.prod, a.loc) r ON true
ORDER BY a.call, r."HFID", r."ProdID";
