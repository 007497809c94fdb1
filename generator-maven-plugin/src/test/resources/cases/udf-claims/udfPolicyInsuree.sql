-- udfPolicyInsuree(lastday, mode, prodid, locationid): insurees covered on lastday by gender:
-- every live member of the family of each live policy (status > 1, live product, live family,
-- EffectiveDate <= lastday < ExpiryDate); a member counts once per such policy.
-- Live members (M/F/O): F1 (D11/R1) 2/1/0; F2 (D12/R1) 0/1/1 (its third member has no gender);
-- F3 (D21/R2) 1/1/0. The history copy of F1's head never counts.
-- Policies covering 2023-06-30:
--   P1: PL1 (F1, OF1), PL15 (F1, OF1), PL2 (F2, OF2), PL9 (F2, no officer), PL6 (F3, OF3)
--   P2: PL4 (F1, OF2), PL16 (F2, OF1), PL11 (F3, OF4)
--   not: PL3 (expires 2023-06-30), PL5/PL13/PL14/PL17 (idle), PL7 (retired product), PL8 (history),
--        PL10 (retired family), PL12 (effective 2023-07-01), PL18 (expired 2023-05-31)
--   01 mode 1: P1 = 2*F1 + 2*F2 + F3 = M 5, F 5, O 2; P2 = F1 + F2 + F3 = M 3, F 3, O 1
--   02 mode 2 (PL9 left out): P1/OF1 2*F1 = 4/2/0; P1/OF2 F2 = 0/1/1; P1/OF3 F3 = 1/1/0;
--                             P2/OF1 F2 = 0/1/1; P2/OF2 F1 = 2/1/0; P2/OF4 F3 = 1/1/0
--   03 2023-06-29: PL3 (P2, F3) still covers: P2 = 4/4/1
--   04 2023-07-01: PL12 (P1, F1) starts to cover: P1 = 7/6/2
--   05 district D12 (F2): P1 = 2*F2 = 0/2/2; P2 = 0/1/1
--   06 region R2 (F3): P1 = 1/1/0; P2 = 1/1/0
--   07 product 2, location NULL (= everywhere): P2 = 3/3/1
--   08 mode 3: no rows
SELECT a.call, r."ProdId", r."Male", r."Female", r."Other", r."Officer", r."LastName", r."OtherNames"
FROM (VALUES
        ('01 mode 1',              date '2023-06-30', 1, 0, 0),
        ('02 mode 2',              date '2023-06-30', 2, 0, 0),
        ('03 2023-06-29',          date '2023-06-29', 1, 0, 0),
        ('04 2023-07-01',          date '2023-07-01', 1, 0, 0),
        ('05 loc D12',             date '2023-06-30', 1, 0, 12),
        ('06 loc R2',              date '2023-06-30', 1, 0, 2),
        ('07 prod 2, loc NULL',    date '2023-06-30', 1, 2, NULL),
        ('08 mode 3',              date '2023-06-30', 3, 0, 0)
     ) AS a(call, lastday, mode, prod, loc)
LEFT JOIN LATERAL "udfPolicyInsuree"(a.lastday, a.mode, a.prod, a.loc) r ON true
ORDER BY a.call, r."ProdId", r."Officer";
