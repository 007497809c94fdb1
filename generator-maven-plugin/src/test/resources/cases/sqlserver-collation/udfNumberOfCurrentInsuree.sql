-- udfNumberOfCurrentInsuree at 2021-03-31: insurees 1, 2 and 3 are covered (insuree-policy rows
-- effective 03-05, 03-10, 03-15, expiring in March 2022). "Age" counts from the current year, so the
-- case shows the birth year (current year - Age).
--   Al ('F') and Bo ('f'), both born 1980-05-10, villages 'Kilosa' and 'kilosa ': one group,
--   NumberOfCurrentInsuree 2, shown as 'F' / 'Kilosa'.
--   Cy ('M', born 1990) in BetaVil, Beta (type 'd'): 1.
SELECT "NumberOfCurrentInsuree", "MonthTime", "QuarterTime", "YearTime",
       EXTRACT(YEAR FROM current_date)::integer - "Age" AS birth_year,
       "Gender", "Region", "InsureeDistrictName", "WardName", "VillageName", "ProdDistrictName",
       "ProductCode", "ProductName", "OfficeDistrict", "OfficerCode", "LastName", "OtherNames", "ProdRegion"
FROM "udfNumberOfCurrentInsuree"()
WHERE "YearTime" = 2021 AND "MonthTime" = 3
ORDER BY "InsureeDistrictName";
