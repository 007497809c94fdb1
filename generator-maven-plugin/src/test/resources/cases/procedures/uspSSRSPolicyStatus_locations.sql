-- uspSSRSPolicyStatus location filters (range 2024-06-01 .. 2024-12-31; 0 = any). Listed policies
-- without filter (see uspSSRSPolicyStatus): 3 Reeds, 4 Sands, 6 Dock, 8 Pier, 11 Reeds, 12 Summit.
-- Villages: Pier and Dock in ward 1111, Reeds in ward 1112 (both district 111), Summit in ward
-- 1121 (district 112), all region 101; Sands in ward 1211, district 121, region 102.
-- a no filter -> 3,4,6,8,11,12      b region 101 -> 3,6,8,11,12      c region 102 -> 4
-- d district 111 -> 3,6,8,11         e district 112 -> 12
-- f ward 1111 -> 6,8                 g ward 1112 -> 3,11
-- h village 11112 Dock -> 6 (policy 7 of the same family and product still comes after 6)
-- i village 11111 Pier -> 8 (policy 1 was renewed)
-- j region 102 with ward 1111: no village is in both -> none
SELECT c.label, count(s."PolicyID") AS policies,
       string_agg(s."PolicyID"::text, ',' ORDER BY s."PolicyID") AS policy_ids
FROM (VALUES ('a', 0,   0,   0,    0),
             ('b', 101, 0,   0,    0),
             ('c', 102, 0,   0,    0),
             ('d', 0,   111, 0,    0),
             ('e', 0,   112, 0,    0),
             ('f', 0,   0,   1111, 0),
             ('g', 0,   0,   1112, 0),
             ('h', 0,   0,   0,    11112),
             ('i', 0,   0,   0,    11111),
             ('j', 102, 0,   1111, 0)) AS c(label, region_id, district_id, ward_id, village_id)
LEFT JOIN LATERAL "uspSSRSPolicyStatus"('2024-06-01', '2024-12-31', 0, c.region_id, c.district_id,
                                        c.village_id, c.ward_id, 0) AS s ON true
GROUP BY c.label
ORDER BY c.label;
