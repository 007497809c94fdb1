-- Insurees linked (current tblInsureePolicy rows) to current policies, per enrolment month. "Age"
-- is DATEDIFF(YEAR, DOB, today), so it changes every year: the case shows the year it stands for,
-- current year - Age = year of birth ("BirthYear"), instead of the age itself.
--   P1 (F1, PA, OF1, 2023-01-10): Ali Amir M 1980, Ali Bea F 2010            -> 1 + 1
--   P5 (F1, PB, OF1, 2023-01-12): Ali Amir                                   -> 1
--   P4 (F3 in Aville, PA, OF2 of Beta, 2023-02-03): Chen Eli M 2000          -> 1
--   P3 (F2, PB, OF2, 2023-05-20, quarter '2'): Bako Cara F 1955 and Bako Fay F 1955 -> 2 in one
--      row (same birth year and gender); Bako Dan M 2020 -> 1 (his deleted second link is out)
--   P2 (F1, PA, OF1, 2024-01-05): Ali Amir, Ali Bea                           -> 1 + 1
--   P6 has no link, P7 is a history copy.
SELECT "NewInsurees", "monthtime", "quartertime", "yeartime",
       extract(year FROM current_date)::int - "Age" AS "BirthYear",
       "Gender", "Region", "InsDistrict", "InsVillage", "InsWard", "ProdDistrict", "ProductCode", "ProductName",
       "OfficerDistrict", "Code", "LastName", "OtherNames", "ProdRegion"
FROM "uvwNumberInsureeAcquired"
ORDER BY "yeartime", "monthtime", "ProductCode", "BirthYear";
