-- Sum of QtyProvided of current, not rejected claim items of claims with ClaimStatus > 2 (C1, C2,
-- C5, C7, C8): the rejected C2 item (ITM2) and the items of C3 (rejected) and C4 (entered) are out.
-- Region, DistrictName, IDistrictName and ProdRegion are the insuree's; HFDistrict/HFRegion the
-- facility's. C1 (3 days) and C8 (2 days) give two rows (grouped by number of days).
--   C1 ITM1 PA Ali Amir M 43 I E A00: 2.00;  C8 same: 1.00;  C2 ITM1 PA Ali Bea F 13 O O B50: 3.00
--   C5 ITM1 PA Chen Eli M 24 (Aville) I R B50, January 2024: 1.00
--   C7 ITM2 PB Bako Cara F 69 (Bville/Beta/South) at HF001 (Alpha/North) O O B50: 1.00
SELECT * FROM "uvwItemUtilization"
ORDER BY "yeartime", "monthtime", "Age" DESC, "ItemCode", "ItemUtilized" DESC;
