-- udfGetSnapshotIndicators(date, officer), officer chains: E1 {E1, E2, E3}, E3 {E3}, E4 {E4},
-- E5 {E5, E6, E5}.
-- Active: families with a valid active policy of the chain expiring on/after the date.
-- Expired: expired policies of the chain expiring exactly on the date, unless the family has an
--   ACTIVE renewal (stage R, status 2) of the same or the converted-into product.
-- Idle / Suspended: families with an idle / suspended policy of the chain expiring on/after the date
--   and no active policy still running of the same product or the product it converts into.
-- 1 E1 on 2021-03-01: Active F1 (102, 103), F4 (402), F2 (202) = 3; Expired: 101 expires that day
--   but 102 is an active renewal = 0; Idle: 403 (F4, PB) = 1 (401, F4 PC, is covered by the active
--   PA 402 because PC converts into PA); Suspended: 203 (F2, no active PA) = 1 (105 is covered by
--   F1's active PB 103)
-- 2 E1 on 2021-03-15: as 1, but Expired: 201 (E2) expires that day; its renewal 203 is suspended,
--   not active = 1
-- 3 E1 on 2021-03-26: Active 3 (402's effective date 2021-03-22 does not matter), Expired 0,
--   Idle 0 (403 expired on 03-25, 401 covered by 402), Suspended 1
-- 4 E3 on 2021-03-08: Active F2 (202) = 1; Expired 204 (F2 PB) = 1; Idle 0; Suspended 0
-- 5 E4 on 2021-03-15: Active F3 (301) and F4 (950, starting in 2100: the effective date is not
--   looked at) = 2
-- 6 E5 on 2021-06-01: E5 twice in its chain, but families are counted once: Active F3 (501) = 1
SELECT '1' AS call, * FROM "udfGetSnapshotIndicators"('2021-03-01', 1)
UNION ALL SELECT '2', * FROM "udfGetSnapshotIndicators"('2021-03-15', 1)
UNION ALL SELECT '3', * FROM "udfGetSnapshotIndicators"('2021-03-26', 1)
UNION ALL SELECT '4', * FROM "udfGetSnapshotIndicators"('2021-03-08', 3)
UNION ALL SELECT '5', * FROM "udfGetSnapshotIndicators"('2021-03-15', 4)
UNION ALL SELECT '6', * FROM "udfGetSnapshotIndicators"('2021-06-01', 5)
ORDER BY 1;
