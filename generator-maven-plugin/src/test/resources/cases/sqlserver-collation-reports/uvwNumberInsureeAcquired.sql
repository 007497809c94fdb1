-- uvwNumberInsureeAcquired: the insurees linked to policies P1 (I1 'F' of Kilosa, officer 'E1' Lane
-- Ann) and P2 (I2 'f' of 'kilosa ', officer 'e1' 'lane ' 'ann'), both enrolled in March 2021 and born
-- in 1980: one group to SQL Server, NewInsurees 2. "Age" counts from today, so the case shows the
-- birth year (current year - Age).
SELECT "NewInsurees", "monthtime", "quartertime", "yeartime",
       EXTRACT(YEAR FROM current_date)::integer - "Age" AS birth_year,
       "Gender", "Region", "InsDistrict", "InsVillage", "InsWard", "ProdDistrict", "ProductCode", "ProductName",
       "OfficerDistrict", "Code", "LastName", "OtherNames", "ProdRegion"
FROM "uvwNumberInsureeAcquired"
ORDER BY "yeartime", "monthtime", "InsVillage";
