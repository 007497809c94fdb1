-- uvwVisit: same-day claims of any status: C1, C5 ('HF1', insuree 'F', visit 'O', 'A00') and C2, C6
-- ('hf1', 'f', 'o', 'a00'). C1 and C2 count once per product of their non-rejected lines ('PA', 'pa'):
-- 2 x 2 = 4; C5 and C6 have only rejected lines, so count once with no product: 2. Age 41.
SELECT * FROM "uvwVisit"
ORDER BY "yeartime", "monthtime", "ProductCode" NULLS LAST;
