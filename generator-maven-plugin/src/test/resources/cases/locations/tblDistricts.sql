-- tblDistricts lists the live 'D' rows: 11 Lakeside and 12 Hills (region 1), 21 Coast (region 2).
-- Row 91 "Lakeside Old" is the history copy of district 11 (ValidityTo 2020-06-30, LegacyID 11):
-- it is filtered out, so only the current name and ValidityFrom 2020-07-01 of district 11 show.
-- District 12 shows although its only ward is deleted (the view does not look at children).
SELECT * FROM "tblDistricts" ORDER BY "DistrictId";
