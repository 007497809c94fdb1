-- uspSSRSPolicyStatus date range (ExpiryDate BETWEEN rangefrom AND rangeto, both included), with
-- the renewal value and reported officer of each listed policy.
-- a 2024-07-01 .. 2024-09-30: candidates 3 (09-09), 6 (08-31), 7 (07-31, same family and product
--   as 6, left out) -> 3 (573, officer 4), 6 (206, officer 1)
-- b 2024-06-29 .. 2024-06-29: 11 (515, officer 2)
-- c 2024-06-30 .. 2024-06-30: only policy 1, renewed by policy 2 -> none
-- d 2024-12-31 .. 2024-12-31: 12 (103, officer 1)
-- e 2025-01-01 .. 2025-12-31: 5 (expiry 10-31; product 4 -> 5 -> 1, family 3 on product 1
--   renewed 2025-11-01: 146, officer 5) and 2 (expiry 06-30; family 1 on product 1 renewed
--   2025-07-01: 438, no discount as 07-01 > 06-01; officer 1)
SELECT c.label, s."PolicyID", s."RenewalDate", s."ProductID", s.policyvalue, s."OffID"
FROM (VALUES ('a', timestamp '2024-07-01', timestamp '2024-09-30'),
             ('b', timestamp '2024-06-29', timestamp '2024-06-29'),
             ('c', timestamp '2024-06-30', timestamp '2024-06-30'),
             ('d', timestamp '2024-12-31', timestamp '2024-12-31'),
             ('e', timestamp '2025-01-01', timestamp '2025-12-31')) AS c(label, range_from, range_to)
LEFT JOIN LATERAL "uspSSRSPolicyStatus"(c.range_from, c.range_to, 0, 0, 0, 0, 0, 0) AS s ON true
ORDER BY c.label, s."PolicyID";
