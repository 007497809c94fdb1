-- uvwServiceUtilization: quantity of the non-rejected service lines of claims past the entered state
-- (C1..C4), one group per treatment length to SQL Server (see uvwServiceExpenditures):
--   same day (C1, C2): 1 + 1 = 2.00; two days (C3, C4): 2 + 1 = 3.00
SELECT * FROM "uvwServiceUtilization"
ORDER BY "yeartime", "monthtime", "ServCareType" DESC;
