-- Current villages with their figures; the deleted "Cville old" is out. "YEAR" is the current
-- year, shown as a check (true) so that the case does not depend on the date it runs.
SELECT "Region", "District", "Ward", "Village", "Male", "Female", "others", "Households",
       "YEAR" = extract(year FROM current_date) AS "YEARisCurrent"
FROM "uvwPopulation"
ORDER BY "Village";
