-- uvwAmountClaimed: quantity x price asked on the lines of every claim not merely entered (C1..C6).
-- One group to SQL Server: items 2 x 1.25 + 1 x 1.25 + 3 x 1.25 + 4 x 1.25 + 2 x 1.25 + 1 x 0.75
-- = 15.75, services 10.50 + 10.50 + 2 x 10.50 + 10.50 + 12.40 + 7.35 = 72.25: 88.00 (a product of two
-- numeric(18,2) has four decimals).
SELECT * FROM "uvwAmountClaimed"
ORDER BY "yeartime", "monthtime", "HFCode", "ProductCode";
