-- uvwAmountApproved: the PriceValuated of the lines of claims processed or valuated (C1..C4, June 2021).
-- Facilities 'HF1'/'hf1' and products 'PA'/'pa' are one group each to SQL Server, so all lines sum in
-- one row: items 2.50 + 1.25 + 3.75 + 5.00 = 12.50, services 10.50 + 10.25 + 21.00 + 10.50 = 52.25,
-- AmountApproved 64.75, shown as H / HF1 / Kilosa Hospital / PA / Product A.
-- Compared case-sensitively: four rows (6.25, 31.50, 6.25, 20.75).
SELECT * FROM "uvwAmountApproved"
ORDER BY "yeartime", "monthtime", "HFCode", "ProductCode";
