-- udfNumberOfCurrentInsuree at 2021-03-31, one row per group. "Age" is counted from the current
-- year (SQL Server DATEDIFF(YEAR, DOB, GETDATE())), so the case shows current year - Age, the birth
-- year. Covered on 2021-03-31: Al, Bea (102, PA, E1), Hal (402, PA, E1), Di, Ed (202, PB, E3), Fe,
-- Gia, Joy (301, PA, E4); Gia and Joy are twins (same birth date and gender): one row, 2.
-- ProdDistrictName: PB is attached to district Alpha, so Di and Ed (district Beta) show Alpha; PA
-- is national, so the insuree's district. ProdRegion: the insuree's region. OfficeDistrict: the
-- officer's district (E1 Alpha, E3 Beta, E4 Gamma).
SELECT "NumberOfCurrentInsuree", "MonthTime", "QuarterTime", "YearTime",
       EXTRACT(YEAR FROM current_date)::integer - "Age" AS birth_year,
       "Gender", "Region", "InsureeDistrictName", "WardName", "VillageName", "ProdDistrictName",
       "ProductCode", "ProductName", "OfficeDistrict", "OfficerCode", "LastName", "OtherNames", "ProdRegion"
FROM "udfNumberOfCurrentInsuree"()
WHERE "YearTime" = 2021 AND "MonthTime" = 3
ORDER BY "Region", "InsureeDistrictName", "ProductCode", birth_year;
