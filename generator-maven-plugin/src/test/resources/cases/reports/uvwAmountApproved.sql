-- Approved amount = sum of PriceValuated of current lines of claims with ClaimStatus >= 8
-- (C1 16, C2 8, C7 16, C8 8; C3 rejected, C4 entered and C5 checked are out; C6 is a history copy).
-- Month of DateTo (all four have one).
--   2023-03 HF001 PA: C1 item 18.00 + C1 service 45.00 + C2 items 30.00 (+ rejected item NULL)
--                     + C2 service 50.00 + C8 item 10.00 + C8 service 50.00           = 203.00
--   2023-03 HF001 PB: C1 service 250.00                                              = 250.00
--   2024-02 HF001 PB: C7 item 0.00 + service 50.00 (deleted service 100.00 left out)  =  50.00
-- Region/DistrictName are the facility's (North/Alpha), as are HFRegion/HFDistrict.
SELECT * FROM "uvwAmountApproved" ORDER BY "yeartime", "monthtime", "ProductCode";
