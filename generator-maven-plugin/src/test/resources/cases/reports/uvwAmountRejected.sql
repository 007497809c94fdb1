-- Rejected amount = sum of QtyProvided x PriceAsked (scale 4) of current lines of rejected claims
-- (ClaimStatus = 1: only C3, HF002, no DateTo so month of DateFrom 2023-05, quarter 2).
--   PB service 1x60 = 60; item without product 2x5 = 10 (kept: NULL product passes the test);
--   item of product PX 4x10 = 40 left out, PX is no longer current (ValidityTo set).
SELECT * FROM "uvwAmountRejected" ORDER BY "ProductCode" NULLS LAST;
