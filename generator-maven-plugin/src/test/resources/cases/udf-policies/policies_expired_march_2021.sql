-- udfNumberOfPoliciesExpired for March 2021: 101 (PA, F1, E1), 104 (PC, F1, E1), 201 (PA, F2, E2),
-- 204 (PB, F2, E3). Head = the family's insuree flagged IsHead; Age = expiry year - birth year
-- (Al 1980 -> 41, Di 1975 -> 46). Here ProdDistrictName is the family's district even for PB
-- (attached to Alpha): Beta for 204; ProdRegion is the family's region.
SELECT * FROM "udfNumberOfPoliciesExpired"()
WHERE "YearTime" = 2021 AND "MonthTime" = 3
ORDER BY "InsureeDistrictName", "ProductCode";
