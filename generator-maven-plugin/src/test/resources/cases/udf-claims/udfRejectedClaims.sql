-- udfRejectedClaims(month, year, prodid, hfid, locationid): rejected claims (status 1) per
-- facility and product, the count in the column "ClaimID"; a claim counts once per product among
-- its live lines. The facility's location may be at any level (HF3 sits in region R2 itself).
-- Rejected, May 2023, live, at live facilities:
--   C1 at HF1 (item P1, service without product), C2 at HF1 (two P1 items), C12 at HF2 (service P1),
--   C5 at HF3 (item P2). Left out: C8 (retired HF4), C9 (history row), C7 (June);
--   C3, C4, C6, C10, C11 are not rejected.
--   -> HF1/NULL 1 (C1), HF1/P1 2 (C1, C2), HF2/P1 1 (C12), HF3/P2 1 (C5)
-- 1 all; 2 product 1; 3 facility 1; 4 region R2: HF2 and HF3 (udfTotalClaims leaves HF3 out);
-- 5 district D21: HF2 only; 6 district D11: HF1; 7 June: C7 (HF1, P1);
-- 8 location NULL = everywhere, with product 2: HF3.
SELECT a.call, r."HFID", r."ProdID", r."ClaimID"
FROM (VALUES
        ('1 all',               5, 2023, 0, 0, 0),
        ('2 prod 1',            5, 2023, 1, 0, 0),
        ('3 hf 1',              5, 2023, 0, 1, 0),
        ('4 loc R2',            5, 2023, 0, 0, 2),
        ('5 loc D21',           5, 2023, 0, 0, 21),
        ('6 loc D11',           5, 2023, 0, 0, 11),
        ('7 June',              6, 2023, 0, 0, 0),
        ('8 loc NULL, prod 2',  5, 2023, 2, 0, NULL)
     ) AS a(call, m, y, prod, hf, loc)
LEFT JOIN LATERAL "udfRejectedClaims"(a.m, a.y, a.prod, a.hf, a.loc) r ON true
ORDER BY a.call, r."HFID", r."ProdID" NULLS FIRST;
