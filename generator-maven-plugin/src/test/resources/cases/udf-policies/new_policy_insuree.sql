-- udfNewPolicyInsuree: the same new policies as udfNewPolicies, but every valid member of the family
-- is counted by gender. Members: F1 Al M, Bea F, Cy O; F2 Di F, Ed M; F3 Fe O, Gia F, Joy F (Ivy is
-- retired); F4 Hal (no gender).
-- March 2021: 103 (PB, F1), 202 (PB, F2), 402 (PA, F4), 701 (PB, F3, retired officer E7).
-- 1 mode 1, all:            PA 0/0/0 (Hal); PB M 2 (Al, Ed), F 4 (Bea, Di, Gia, Joy), O 2 (Cy, Fe)
-- 2 mode 1, PB in North:    F1 + F2: M 2, F 2, O 1
-- 3 mode 1, district Gamma: F3 (701): M 0, F 2, O 1
-- 4 mode 2, all:            PA E1 0/0/0; PB E1 (F1) 1/1/1; PB E3 (F2) 1/1/0 (701 left out)
-- 5 mode 1, March 2020:     201 PA (F2) 1/1/0; 204 (F2) + 702 (F3) PB 1/3/1; 104 PC (F1) 1/1/1
SELECT '1' AS call, * FROM "udfNewPolicyInsuree"(3, 2021, 1, 0, 0)
UNION ALL SELECT '2', * FROM "udfNewPolicyInsuree"(3, 2021, 1, 2, 1)
UNION ALL SELECT '3', * FROM "udfNewPolicyInsuree"(3, 2021, 1, 0, 21)
UNION ALL SELECT '4', * FROM "udfNewPolicyInsuree"(3, 2021, 2, 0, 0)
UNION ALL SELECT '5', * FROM "udfNewPolicyInsuree"(3, 2020, 1, 0, 0)
ORDER BY 1, 2, 6;
