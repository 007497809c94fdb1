-- uvwClaimProcessed: claims C1..C4 (status 8 or 16), each counted once per product of its lines; each
-- has a line of product 'PA' and one of 'pa', which SQL Server takes for one product, as it takes
-- 'HF1' and 'hf1' for one facility: 4 claims x 2 = 8 in one row.
SELECT * FROM "uvwClaimProcessed"
ORDER BY "yeartime", "monthtime", "HFCode", "ProductCode";
