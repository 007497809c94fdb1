-- Sum of RemuneratedAmount of current claim items of claims with ClaimStatus >= 8 (C1, C2, C7, C8;
-- no rejection test). Region = insuree's region, DistrictName = facility's district, IDistrictName
-- = insuree's district, HFRegion = ProdRegion = facility's region. Rows are grouped by the number
-- of days, so C1 (3 days) and C8 (2 days), identical otherwise, give two rows.
--   C1 ITM1 PA Ali Amir M 43, inpatient (I), E, A00:   18.00
--   C8 ITM1 PA same columns, 2 days:                    10.00
--   C2 ITM1 PA Ali Bea F 2023-2010 = 13, outpatient (O), O, B50: 30.00
--   C2 ITM2 PA (rejected item, still counted): RemuneratedAmount NULL -> NULL
--   C7 ITM2 PB Bako Cara F 69 lives in Bville/Ward B/Beta/South, treated at HF001 (Alpha/North): 0.00
SELECT * FROM "uvwItemExpenditures"
ORDER BY "yeartime", "monthtime", "Age" DESC, "ItemCode", "ItemExpenditure" DESC NULLS LAST;
