-- tblWards lists the live 'W' rows: 111 Harbour and 112 Marsh (district 11), 211 Bay (district 21).
-- Ward 121 Ridge is deleted (ValidityTo 2021-03-01) and left out. No RowId column.
SELECT * FROM "tblWards" ORDER BY "WardId";
