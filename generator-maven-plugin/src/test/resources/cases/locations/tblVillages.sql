-- tblVillages lists the live 'V' rows with their populations: 1111 Pier, 1112 Dock, 1121 Reeds,
-- 1211 Summit, 2111 Sands. Village 2112 Rocks is deleted (ValidityTo 2022-01-01) and left out.
-- Village 1211 stays although its ward 121 is deleted: the view checks only the row itself.
SELECT * FROM "tblVillages" ORDER BY "VillageId";
