-- udfTotalPolicies(lastday, mode, prodid, locationid): policies in force on lastday, counted by
-- the gender of the family head (live policy, status > 1, live product, live family and head,
-- EffectiveDate <= lastday < ExpiryDate).
-- Heads: F1 (D11/R1) M; F2 (D12/R1) O; F3 (D21/R2) F.
-- In force on 2023-06-30 (see udfPolicyInsuree.sql):
--   P1: PL1 (F1, OF1), PL15 (F1, OF1), PL2 (F2, OF2), PL9 (F2, no officer), PL6 (F3, OF3)
--   P2: PL4 (F1, OF2), PL16 (F2, OF1), PL11 (F3, OF4)
--   01 mode 1: P1 = M 2 (PL1, PL15), F 1 (PL6), O 2 (PL2, PL9); P2 = 1/1/1
--   02 mode 2 (PL9 left out): P1/OF1 2/0/0; P1/OF2 0/0/1; P1/OF3 0/1/0;
--                             P2/OF1 0/0/1; P2/OF2 1/0/0; P2/OF4 0/1/0
--   03 2023-06-29: PL3 (P2, F3, head F) still in force: P2 = 1/2/1
--   04 district D11 (F1): P1 2/0/0; P2 1/0/0
--   05 region R1 (F1, F2): P1 2/0/2; P2 1/0/1
--   06 product 1, mode 2: the P1 rows of 02
--   07 product 2, location NULL (= everywhere): P2 1/1/1
--   08 mode 0: no rows
SELECT a.call, r."ProdId", r."Male", r."Female", r."Other", r."Officer", r."LastName", r."OtherNames"
FROM (VALUES
        ('01 mode 1',              date '2023-06-30', 1, 0, 0),
        ('02 mode 2',              date '2023-06-30', 2, 0, 0),
        ('03 2023-06-29',          date '2023-06-29', 1, 0, 0),
        ('04 loc D11',             date '2023-06-30', 1, 0, 11),
        ('05 loc R1',              date '2023-06-30', 1, 0, 1),
        ('06 prod 1, mode 2',      date '2023-06-30', 2, 1, 0),
        ('07 prod 2, loc NULL',    date '2023-06-30', 1, 2, NULL),
        ('08 mode 0',              date '2023-06-30', 0, 0, 0)
     ) AS a(call, lastday, mode, prod, loc)
LEFT JOIN LATERAL "udfTotalPolicies"(a.lastday, a.mode, a.prod, a.loc) r ON true
ORDER BY a.call, r."ProdId", r."Officer";
