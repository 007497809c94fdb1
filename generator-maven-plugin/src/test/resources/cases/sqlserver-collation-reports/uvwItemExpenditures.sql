-- uvwItemExpenditures: RemuneratedAmount of the item lines of claims processed or valuated, grouped by
-- the length of the treatment among others. Item 'IT1' (C1, C3) and 'it1' (C2, C4) are one item to
-- SQL Server, and so are the products, facilities, genders, visit types, diagnoses and villages:
--   same day (C1, C2): 2.25 + 1.10 = 3.35, care type 'O', visit 'O'
--   two days (C3, C4): 3.50 + 4.80 = 8.30, care type 'I', visit 'E'
SELECT * FROM "uvwItemExpenditures"
ORDER BY "yeartime", "monthtime", "ItemCareType" DESC;
