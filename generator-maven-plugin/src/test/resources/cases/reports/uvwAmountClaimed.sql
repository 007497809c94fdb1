-- Claimed amount = sum of QtyProvided x PriceAsked (numeric(18,2) x numeric(18,2): scale 4) of
-- current lines of claims with ClaimStatus <> 2 (all but C4; C6 is a history copy), per month of
-- DateTo (DateFrom for C3, which has no DateTo), facility and product:
--   2023-03 HF001 PA: C1 2x10 + 1x50, C2 3x10 + 1x5 + 1x50, C8 1x10 + 1x50  = 70 + 85 + 60 = 215
--   2023-03 HF001 PB: C1 1x300                                             = 300
--   2023-05 HF002 (C3, rejected, DateFrom 2023-05-02): PB service 1x60 = 60, PX (retired product,
--           not filtered here) item 4x10 = 40, item without product 2x5 = 10 (NULL product)
--   2024-01 HF001 PA: C5 (2023-12-30..2024-01-02, so January 2024) 1x10 + 1x300 = 310
--   2024-02 HF001 PB: C7 1x5 + 2x25 (deleted service left out)             = 55
SELECT * FROM "uvwAmountClaimed" ORDER BY "yeartime", "monthtime", "ProductCode" NULLS LAST;
