-- udfNumberOfCurrentInsuree: month ends from January 2011 to (current date + 3 years); an insuree
-- counts at a month end when a valid insuree-policy row has effective <= month end < expiry (policy,
-- insuree, family, product, officer valid; any policy status).
-- Summed per year (months with at least one row, insurees counted):
--   2011: policy 91 (2010-07-01 -> 2011-03-01), Di and Ed, Jan and Feb; the 2010 months are before
--         the first month end (2011-01-31) -> 2 months, 4
--   2020: 301 (2020-10-01 -> 2021-10-01), Fe, Gia, Joy, Oct-Dec -> 3 months, 9
--   2021: 102 Al, Bea Mar-Dec 10 + 10, Cy joined on 2021-06-01: Jun-Dec 7; 202 Di, Ed Mar-Dec 10 + 10;
--         301 Fe, Gia, Joy Jan-Sep 9 + 9 + 9; 402 Hal Mar-Dec 10 -> 12 months, 84
--   2022: 102 Al, Bea, Cy; 202 Di, Ed; 402 Hal: Jan and Feb each -> 2 months, 12
-- Left out: the retired duplicate row of Al in 102, retired Ivy in 301, Fe in 701 (retired officer
-- E7), Hal in idle 401 (no effective date).
-- From 2023 on only Hal in 960 counts, up to a month that moves with the current date: see
-- current_insuree_horizon; this case stops at 2022.
SELECT "YearTime",
       COUNT(DISTINCT "MonthTime") AS months,
       SUM("NumberOfCurrentInsuree") AS insurees
FROM "udfNumberOfCurrentInsuree"()
WHERE "YearTime" <= 2022
GROUP BY "YearTime"
ORDER BY "YearTime";
