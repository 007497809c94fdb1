-- uvwItemUtilization: quantity of the non-rejected item lines of claims past the entered state
-- (C1..C4), one group per treatment length to SQL Server (see uvwItemExpenditures):
--   same day (C1, C2): 2 + 1 = 3.00; two days (C3, C4): 3 + 4 = 7.00
SELECT * FROM "uvwItemUtilization"
ORDER BY "yeartime", "monthtime", "ItemCareType" DESC;
