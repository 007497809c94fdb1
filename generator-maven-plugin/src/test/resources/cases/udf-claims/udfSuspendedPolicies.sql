-- udfSuspendedPolicies(month, year, mode, locationid, prodid): suspended policies (status 4)
-- whose live row's ValidityFrom falls in the month, of live families in a live village; mode 1 per
-- product, mode 2 per product and officer. Note locationid comes before prodid.
-- Suspended: PL6 (F3 in D21/R2, P1, OF3, March), PL15 (F1 in D11/R1, P1, OF1, March),
-- PL16 (F2 in D12/R1, P2, OF1, March), PL11 (F3, P2, OF4, May), PL18 (F3, P2, OF7, January);
-- PL10 (March) belongs to the retired family F4: left out.
--   01 March mode 1: P1 2 (PL6, PL15), P2 1 (PL16)
--   02 March mode 2: P1/OF1 1 (PL15), P1/OF3 1 (PL6), P2/OF1 1 (PL16)
--   03 region R1: P1 1 (PL15), P2 1 (PL16)
--   04 district D11: P1 1 (PL15)
--   05 district D21: P1 1 (PL6)
--   06 product 2: P2 1 (PL16)
--   07 May mode 2: P2/OF4 1 (PL11)
--   08 January mode 1: P2 1 (PL18)
--   09 mode 0: no rows
--   10 location NULL: no rows (SQL Server tests locationid = 0 only)
SELECT a.call, r."ProdId", r."SuspendedPolicies", r."Officer", r."LastName", r."OtherNames"
FROM (VALUES
        ('01 March mode 1',        3, 2023, 1, 0,    0),
        ('02 March mode 2',        3, 2023, 2, 0,    0),
        ('03 March loc R1',        3, 2023, 1, 1,    0),
        ('04 March loc D11',       3, 2023, 1, 11,   0),
        ('05 March loc D21',       3, 2023, 1, 21,   0),
        ('06 March prod 2',        3, 2023, 1, 0,    2),
        ('07 May mode 2',          5, 2023, 2, 0,    0),
        ('08 January mode 1',      1, 2023, 1, 0,    0),
        ('09 March mode 0',        3, 2023, 0, 0,    0),
        ('10 March loc NULL',      3, 2023, 1, NULL, 0)
     ) AS a(call, m, y, mode, loc, prod)
LEFT JOIN LATERAL "udfSuspendedPolicies"(a.m, a.y, a.mode, a.loc, a.prod) r ON true
ORDER BY a.call, r."ProdId", r."Officer";
