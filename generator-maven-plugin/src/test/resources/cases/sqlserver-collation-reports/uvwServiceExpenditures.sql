-- uvwServiceExpenditures: RemuneratedAmount of the service lines with a valuated price above zero
-- (C1..C4). Service 'SV1' (C1, C3) and 'sv1' (C2, C4) are one service to SQL Server, and the other
-- texts pair up as in uvwItemExpenditures:
--   same day (C1, C2): 9.75 + 10.00 = 19.75, care type 'O'; two days (C3, C4): 20.50 + 10.05 = 30.55, 'I'
SELECT * FROM "uvwServiceExpenditures"
ORDER BY "yeartime", "monthtime", "ServCareType" DESC;
