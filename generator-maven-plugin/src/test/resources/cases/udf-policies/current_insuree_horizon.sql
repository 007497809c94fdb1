-- udfNumberOfCurrentInsuree's month ends run from January 2011 to the month holding the current date
-- plus three years (SQL Server: from 2011-01-01 while <= DATEADD(YEAR, 3, GETDATE())). Hal is covered
-- by 960 from 2023-01-01 to 2100-01-01 and by 950 in 2100, so the last month with a row is exactly
-- that month; the first is January 2011 (91, whose 2010 months are before the start).
SELECT MIN(make_date("YearTime", "MonthTime", 1)) AS first_month,
       MAX(make_date("YearTime", "MonthTime", 1))
           = date_trunc('month', current_date + interval '3 years')::date AS last_month_is_now_plus_3_years
FROM "udfNumberOfCurrentInsuree"()
ORDER BY 1;
