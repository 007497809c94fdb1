-- uspSSRSPolicyStatus officer and policy status filters (range 2024-06-01 .. 2024-12-31).
-- The officer filter applies to the reported officer, after substitution; without filters the
-- officers are 12: 1, 8: 5, 4: 5, 3: 4 (substitute of 2 via 3), 6: 1, 11: 2.
-- a officer 1 -> 6,12     b officer 2 -> 11     c officer 3 -> none (only a link in the chain)
-- d officer 4 -> 3: policy 7 (also officer 4 after substitution) stays out, because policy 6 of
--   the same family and product was listed before it, even though the filter hides 6
-- e officer 5 -> 4,8
-- Status (the policy's PolicyStatus; Idle, 1, is never listed):
-- f status 1 -> none      g status 2 -> 3,8,11,12      h status 4 -> 6
-- i status 8: candidates 4, 7 and 1; 1 was renewed (policy 2); 7 is now the first for family 4
--   and product 1 -> 4,7
-- j status 8 and officer 4 -> 7
SELECT c.label, count(s."PolicyID") AS policies,
       string_agg(s."PolicyID"::text, ',' ORDER BY s."PolicyID") AS policy_ids
FROM (VALUES ('a', 1, 0), ('b', 2, 0), ('c', 3, 0), ('d', 4, 0), ('e', 5, 0),
             ('f', 0, 1), ('g', 0, 2), ('h', 0, 4), ('i', 0, 8), ('j', 4, 8))
     AS c(label, officer_id, policy_status)
LEFT JOIN LATERAL "uspSSRSPolicyStatus"('2024-06-01', '2024-12-31', c.officer_id, 0, 0, 0, 0,
                                        c.policy_status) AS s ON true
GROUP BY c.label
ORDER BY c.label;
