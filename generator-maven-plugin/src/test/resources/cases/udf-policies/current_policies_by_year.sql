-- udfNumberOfCurrentPolicies: month ends of the years in which a valid policy starts or ends:
-- {2010, 2011, 2016, 2019, 2020, 2021, 2022, 2023, 2100, 2101} (2017, 2018 and 2024 to 2099 hold
-- neither). A policy
-- counts at a month end when effective <= month end < expiry, status above idle, officer valid
-- (701, 702 of retired E7 and the idle 401, 403 are left out; 403 has an effective date, 2020-03-25,
-- and would otherwise add Mar-Dec 2020 and Jan-Feb 2021).
--   2010: 91 Jul-Dec 6                                   -> 6 months, 6
--   2011: 91 Jan, Feb 2                                  -> 2 months, 2
--   2016: 90 (2016-01-01 -> 2019-01-01) all 12; it is NOT counted in 2017 and 2018 (no month ends),
--         nor in 2019 (expired on 01-01)                 -> 12 months, 12
--   2020: 101, 104, 201, 204 Mar-Dec 10 each, 301 Oct-Dec 3 -> 10 months, 43
--   2021: 101, 104, 201, 204 Jan-Feb 2 each; 102, 103, 202, 203, 402 Mar-Dec 10 each; 105 12;
--         301 Jan-Sep 9; 501 May-Dec 8                   -> 12 months, 87
--   2022: 102, 103, 202, 203, 402 Jan-Feb 2 each; 501 Jan-Apr 4 -> 4 months, 14
--   2023: 960 (2023-01-01 -> 2100-01-01) all 12; not counted in 2024 .. 2099 (no month ends)
--                                                        -> 12 months, 12
--   2100: 950 all 12 (960 expired on 2100-01-01)         -> 12 months, 12
SELECT "YearTime",
       COUNT(DISTINCT "MonthTime") AS months,
       SUM("NumberOfCurrentPolicies") AS policies
FROM "udfNumberOfCurrentPolicies"()
GROUP BY "YearTime"
ORDER BY "YearTime";
