-- Current claims that start and end on the same day (any status): C2 (2023-03-10, Ali Bea F,
-- 2023-2010 = 13, O, B50, products of not rejected lines {PA}) and C7 (2024-02-05, Bako Cara F
-- 2024-1955 = 69, O, B50, {PB}). C3 has no DateTo (DATEDIFF is NULL): out. Region/DistrictName are
-- the facility's (both at HF001).
SELECT * FROM "uvwVisit" ORDER BY "yeartime", "monthtime", "ProductCode";
