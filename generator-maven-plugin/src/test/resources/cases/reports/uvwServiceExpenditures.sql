-- Sum of RemuneratedAmount of current claim services with PriceValuated > 0, whatever the claim
-- status (so the checked C5 counts; C3's service has no valuated price; C7's deleted service is
-- out). Region = insuree's region, DistrictName = facility's district, IDistrictName = insuree's
-- district, HFRegion = ProdRegion = facility's region. Grouped by number of days: C1 (3 days) and
-- C8 (2 days) give two rows that differ only in the amount.
--   C1 SRV1 PA Ali Amir M 43 I E A00: 40.00;  C8 same: 45.00;  C1 SRV2 PB: 200.00
--   C2 SRV1 PA Ali Bea F 13 O O B50: 50.00
--   C5 SRV2 PA Chen Eli M 24 I R B50 (2024-01): RemuneratedAmount NULL -> NULL
--   C7 SRV1 PB Bako Cara F 69 (Bville/Beta/South) at HF001 (Alpha/North) O O B50: 50.00
SELECT * FROM "uvwServiceExpenditures"
ORDER BY "yeartime", "monthtime", "Age" DESC, "ServCode", "ServiceExpenditure" NULLS LAST;
