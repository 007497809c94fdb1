-- udfPolicyRenewal(month, year, mode, prodid, locationid): renewals (stage R, status > 1) enrolled
-- in the month, of live families in a live village; mode 1 per product, mode 2 per product and
-- officer; the product row is not checked.
-- March 2023, stage R: PL4 (F1 in D11/R1, P2, OF2, active), PL6 (F3 in D21/R2, P1, OF3,
-- suspended), PL7 (F1, retired product P3, OF1, active), PL9 (F2 in D12/R1, P1, no officer).
-- Left out: PL5 (idle), PL8 (history row), PL10 (retired family F4).
--   01 mode 1: P1 2 (PL6, PL9), P2 1 (PL4), P3 1 (PL7)
--   02 mode 2: PL9 has no officer: P1/OF3 1, P2/OF2 1, P3/OF1 1
--   03 product 1: P1 2
--   04 region R1 (F1, F2): P1 1 (PL9), P2 1 (PL4), P3 1 (PL7)
--   05 district D12 (F2): P1 1 (PL9)
--   06 region R2 (F3): P1 1 (PL6)
--   07 location NULL: no rows (SQL Server tests locationid = 0 only)
--   08 April, mode 2: PL12 (P1) by the retired officer row OF5, still named: P1/OF5 1
--   09 June, mode 1: PL13, PL14 are idle: no rows
--   10 mode 3: no rows
SELECT a.call, r."ProdId", r."Renewals", r."Officer", r."LastName", r."OtherNames"
FROM (VALUES
        ('01 March mode 1',        3, 2023, 1, 0, 0),
        ('02 March mode 2',        3, 2023, 2, 0, 0),
        ('03 March prod 1',        3, 2023, 1, 1, 0),
        ('04 March loc R1',        3, 2023, 1, 0, 1),
        ('05 March loc D12',       3, 2023, 1, 0, 12),
        ('06 March loc R2',        3, 2023, 1, 0, 2),
        ('07 March loc NULL',      3, 2023, 1, 0, NULL),
        ('08 April mode 2',        4, 2023, 2, 0, 0),
        ('09 June mode 1',         6, 2023, 1, 0, 0),
        ('10 March mode 3',        3, 2023, 3, 0, 0)
     ) AS a(call, m, y, mode, prod, loc)
LEFT JOIN LATERAL "udfPolicyRenewal"(a.m, a.y, a.mode, a.prod, a.loc) r ON true
ORDER BY a.call, r."ProdId", r."Officer";
