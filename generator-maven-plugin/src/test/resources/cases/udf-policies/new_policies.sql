-- udfNewPolicies: valid new policies (stage N), status above idle, enrolled in the month, counted by
-- the gender of the family head (F1 Al M, F2 Di F, F3 Fe O, F4 Hal without gender).
-- March 2021: 103 (PB, F1 North/Alpha, E1), 202 (PB, F2 North/Beta, E3), 402 (PA, F4 North/Alpha,
-- E1), 701 (PB, F3 South, retired E7). Left out: 401 (idle), 102 and 203 (stage R), 902 (history).
-- 1 mode 1, all:           PA: only F4's head, no gender -> 0/0/0 (the row is still there);
--                          PB: M 1 (103), F 1 (202), O 1 (701)
-- 2 mode 1, PB in North:   M 1, F 1
-- 3 mode 1, district Alpha: PA 0/0/0 (402), PB M 1 (103)
-- 4 mode 2, all:           PA E1 0/0/0, PB E1 M 1, PB E3 F 1 (701: officer retired, left out)
-- 5 mode 1, March 2020:    expired policies count too: 201 (PA, F), 204 (PB, F), 702 (PB, O),
--                          104 (PC, M); 403 idle and 901 history row left out
SELECT '1' AS call, * FROM "udfNewPolicies"(3, 2021, 1, 0, 0)
UNION ALL SELECT '2', * FROM "udfNewPolicies"(3, 2021, 1, 2, 1)
UNION ALL SELECT '3', * FROM "udfNewPolicies"(3, 2021, 1, 0, 11)
UNION ALL SELECT '4', * FROM "udfNewPolicies"(3, 2021, 2, 0, 0)
UNION ALL SELECT '5', * FROM "udfNewPolicies"(3, 2020, 1, 0, 0)
ORDER BY 1, 2, 6;
