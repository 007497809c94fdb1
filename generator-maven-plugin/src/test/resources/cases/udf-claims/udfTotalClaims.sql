-- udfTotalClaims(month, year, prodid, hfid, locationid): claims of any status per product and
-- facility; a claim counts once per product among its live lines (items and services together).
-- May 2023, live claims at live facilities placed in a district (HF1 in D11/R1, HF2 in D21/R2):
--   HF1: C1 (item P1, service no product), C2 (two P1 items), C3 (P1 items, P2 service)
--        -> P1: C1, C2, C3 = 3; NULL: C1 = 1; P2: C3 = 1
--   HF2: C4 (P1 item and service; its P2 item is a history line), C12 (P1 service),
--        C6 and C10 (P2 items) -> P1: 2; P2: 2 (3 if C4's history line counted)
--   Left out: HF3 (placed in region R2, not in a district: C5, C11), HF4 (retired: C8),
--   C9 (history row), C7 (June).
-- 1 all; 2 product 1; 3 facility 2; 4 region R1 = HF1; 5 region R2 = HF2 only (HF3 left out);
-- 6 district D21 = HF2; 7 location NULL = everywhere, with facility 1; 8 June: C7 (HF1, P1);
-- 9 district D12: no facility there, no rows.
SELECT a.call, r."ProdID", r."HFID", r."TotalClaims"
FROM (VALUES
        ('1 all',             5, 2023, 0, 0, 0),
        ('2 prod 1',          5, 2023, 1, 0, 0),
        ('3 hf 2',            5, 2023, 0, 2, 0),
        ('4 loc R1',          5, 2023, 0, 0, 1),
        ('5 loc R2',          5, 2023, 0, 0, 2),
        ('6 loc D21',         5, 2023, 0, 0, 21),
        ('7 loc NULL, hf 1',  5, 2023, 0, 1, NULL),
        ('8 June',            6, 2023, 0, 0, 0),
        ('9 loc D12',         5, 2023, 0, 0, 12)
     ) AS a(call, m, y, prod, hf, loc)
LEFT JOIN LATERAL "udfTotalClaims"(a.m, a.y, a.prod, a.hf, a.loc) r ON true
ORDER BY a.call, r."HFID", r."ProdID" NULLS FIRST;
