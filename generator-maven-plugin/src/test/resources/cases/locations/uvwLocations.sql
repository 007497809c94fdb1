-- uvwLocations: the 'National' row (LocationId 0, parent 0), then one row per live location with
-- its ancestors filled in:
--   regions 1, 2 (parent 0); districts 11, 12 (region 1) and 21 (region 2) with the region as parent;
--   wards 111, 112 (district 11), 211 (district 21); villages 1111, 1112 (ward 111), 1121 (ward 112),
--   2111 (ward 211).
-- Left out: 91 (history copy of district 11: only the current name Lakeside appears), deleted
-- ward 121 and deleted village 2112, and live village 1211 because its ward 121 is deleted.
-- 1 + 2 + 3 + 3 + 4 = 13 rows.
SELECT * FROM "uvwLocations" ORDER BY "LocationId";
