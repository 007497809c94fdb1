-- Current premiums per pay type, payer, family region/district, product, officer and pay month:
--   P1 (F1, PA, OF1): 100.00 on 2023-01-10 + 50.00 on 2023-01-25, cash, no payer -> 150.00
--   P3 (F2, PB, OF2): 200.00 on 2023-05-20, bank, payer Gov Fund (type G)        -> 200.00
--   P4: 80.00 paid by Donor Org, a deleted payer -> left out
--   P2 (F1, PA, OF1): 120.00 on 2024-01-05, mobile (the deleted 999.00 is out)   -> 120.00
SELECT * FROM "uvwPremiumCollection" ORDER BY "yeartime", "monthtime", "ProductCode";
