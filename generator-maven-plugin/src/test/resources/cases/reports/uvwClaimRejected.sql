-- Rejected claims (ClaimStatus = 1): only C3, HF002, month of DateFrom (no DateTo) 2023-05.
SELECT * FROM "uvwClaimRejected" ORDER BY "yeartime", "monthtime", "HFCode";
