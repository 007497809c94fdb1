-- Sum of QtyProvided of current, not rejected claim services of claims with ClaimStatus > 2 (C1,
-- C2, C5, C7, C8; C3's rejected service is out). Region, DistrictName, IDistrictName and ProdRegion
-- are the insuree's; HFDistrict/HFRegion the facility's. C1 (3 days) and C8 (2 days) give two rows.
--   C1 SRV1 PA Ali Amir M 43 I E A00: 1.00;  C8 same: 1.00;  C1 SRV2 PB: 1.00
--   C2 SRV1 PA Ali Bea F 13 O O B50: 1.00;  C5 SRV2 PA Chen Eli M 24 I R B50 (2024-01): 1.00
--   C7 SRV1 PB Bako Cara F 69 (Bville/Beta/South) at HF001 O O B50: 2.00
SELECT * FROM "uvwServiceUtilization"
ORDER BY "yeartime", "monthtime", "Age" DESC, "ServCode";
