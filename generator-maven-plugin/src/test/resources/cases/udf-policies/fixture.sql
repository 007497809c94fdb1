-- Fixture for the policy and contribution functions (udfAvailablePremium, udfCollectedContribution,
-- udfExpiredPolicies, udfExpiredPoliciesPhoneStatistics, udfGetSnapshotIndicators, udfNewPolicies,
-- udfNewPoliciesPhoneStatistics, udfNewPolicyInsuree, udfNewlyPremiumCollected and the data-warehouse
-- functions udfNumberOfCurrentInsuree, udfNumberOfCurrentPolicies, udfNumberOfPoliciesExpired).
-- Most cases look at March 2021. Policy status: 1 idle, 2 active, 4 suspended, 8 expired;
-- stage: N new, R renewal.
--
-- Locations                          (region / district / ward / village)
--   North(1): Alpha(11) / AlphaWard(111) / AlphaVil(1111)
--             Beta(12)  / BetaWard(121)  / BetaVil(1211)
--   South(2): Gamma(21) / GammaWard(211) / GammaVil(2111)
--   a retired district OldDist(19) under North (ValidityTo set), used by nobody
-- Products
--   1 PA "Product A", national
--   2 PB "Product B", attached to district Alpha(11)
--   3 PC "Product C", attached to region South(2), converts into PA (ConversionProdID 1)
-- Enrolment officers (OfficerIDSubst = the officer who took over from this one)
--   1 E1 Lane Ann   (Alpha)           3 -> 2 -> 1: E1 took over from E2, E2 from E3,
--   2 E2 Bell Ben   (Beta), subst 1   so E1's chain is {1,2,3}, E2's {2,3}, E3's {3}
--   3 E3 Cole Cid   (Beta), subst 2
--   4 E4 Dunn Dee   (Gamma)
--   5 E5 Eads Eve   (Gamma), subst 6  a substitution cycle 5 <-> 6
--   6 E6 Ford Fay   (Gamma), subst 5
--   7 E7 Gray Gil   (Alpha), subst 1, retired (ValidityTo set): ignored in E1's chain
-- Families (head first) and insurees
--   F1 AlphaVil: 1 Ames Al M 1980-05-10 (head), 2 Ames Bea F 1985-07-01, 3 Ames Cy O 2010-01-15
--   F2 BetaVil:  4 Birk Di F 1975-02-02 (head), 5 Birk Ed M 2000-12-31
--   F3 GammaVil: 6 Cruz Fe O 1990-09-09 (head), 7 Cruz Gia F 1992-03-03, 10 Cruz Joy F 1992-03-03
--                (twins), 9 Cruz Ivy F 1995-05-05 retired (ValidityTo set)
--   F4 AlphaVil: 8 Diaz Hal, no gender, 1970-01-01 (head)
-- Policies  (family, product, officer, stage, status, enrolled, effective -> expiry)
--    90 F3 PB E4 N 8 2016-01-01  2016-01-01 -> 2019-01-01
--    91 F2 PA E2 N 8 2010-06-25  2010-07-01 -> 2011-03-01
--   101 F1 PA E1 N 8 2020-02-20  2020-03-01 -> 2021-03-01   renewed by 102
--   102 F1 PA E1 R 2 2021-02-25  2021-03-01 -> 2022-03-01
--   103 F1 PB E1 N 2 2021-03-12  2021-03-12 -> 2022-03-12
--   104 F1 PC E1 N 8 2020-03-20  2020-03-28 -> 2021-03-28   "renewed" by 102 (PC converts into PA)
--   105 F1 PB E1 N 4 2021-01-05  2021-01-05 -> 2022-01-05   suspended, but F1 has PB 103 active
--   201 F2 PA E2 N 8 2020-03-10  2020-03-15 -> 2021-03-15   renewed by 203 (which is suspended)
--   202 F2 PB E3 N 2 2021-03-08  2021-03-10 -> 2022-03-10
--   203 F2 PA E2 R 4 2021-03-14  2021-03-15 -> 2022-03-15   suspended renewal
--   204 F2 PB E3 N 8 2020-03-01  2020-03-08 -> 2021-03-08   not renewed (202 is stage N)
--   301 F3 PA E4 N 2 2020-09-25  2020-10-01 -> 2021-10-01
--   401 F4 PC E1 N 1 2021-03-20  (none)     -> 2022-03-20   idle
--   402 F4 PA E1 N 2 2021-03-22  2021-03-22 -> 2022-03-22
--   403 F4 PB E1 N 1 2020-03-25  2020-03-25 -> 2021-03-25   idle, yet with an effective date
--   501 F3 PC E5 N 2 2021-05-03  2021-05-03 -> 2022-05-03
--   701 F3 PB E7 N 2 2021-03-02  2021-03-02 -> 2022-03-02   officer retired
--   702 F3 PB E7 N 8 2020-03-05  2020-03-05 -> 2021-03-05   officer retired
--   901 history row of 201 (status 2, ValidityTo 2020-03-16)
--   902 history row of 202 (status 2, ValidityTo 2021-03-11)
--   950 F4 PA E4 N 2 2099-12-01  2100-01-01 -> 2101-01-01   far future
--   960 F4 PA E4 N 2 2022-12-15  2023-01-01 -> 2100-01-01   long-running, from 2023 on
-- Premiums  (policy, amount, paid)
--   1: 101 3660.00 2020-02-25     8: 301 1100.00 2020-09-25
--   2: 102 3650.00 2021-02-26     9: 301  400.00 2021-03-11
--   3: 103  365.00 2021-03-12    10: 401  500.00 2021-03-20
--   4: 201 1825.00 2020-03-10    11: 402 3650.00 2021-03-22
--   5: 201   50.00 2021-03-20 (after the policy's expiry)
--   6: 202  730.00 2021-03-08    12: 701  365.00 2021-03-02
--   7: 202 9999.00 2021-03-09, retired (ValidityTo set)
--  13:  90 1095.00 2015-12-20    14: 501  100.00 2021-05-03
-- Insuree policies (insuree, policy, effective -> expiry): the policy's dates, except insuree 3 who
-- joins policy 102 on 2021-06-01; insuree 8 in idle 401 (no effective date); insuree 9 (retired) in
-- 301; insuree 6 in 701 (retired officer); a retired duplicate row of insuree 1 in 102; insuree 8
-- in 950 (2100) and in 960 (2023 -> 2100, covering the current date + 3 years).

INSERT INTO "tblGender" ("Code", "Gender", "SortOrder") VALUES
    ('M', 'Male', 1), ('F', 'Female', 2), ('O', 'Other', 3);

INSERT INTO "tblLocations" ("LocationId", "LocationCode", "LocationName", "ParentLocationId", "LocationType",
                            "LocationUUID", "ValidityFrom", "ValidityTo") VALUES
    (1,    'R1',    'North',     NULL, 'R', 'loc-1',    '2010-01-01', NULL),
    (2,    'R2',    'South',     NULL, 'R', 'loc-2',    '2010-01-01', NULL),
    (11,   'D11',   'Alpha',     1,    'D', 'loc-11',   '2010-01-01', NULL),
    (12,   'D12',   'Beta',      1,    'D', 'loc-12',   '2010-01-01', NULL),
    (19,   'D19',   'OldDist',   1,    'D', 'loc-19',   '2010-01-01', '2015-01-01'),
    (21,   'D21',   'Gamma',     2,    'D', 'loc-21',   '2010-01-01', NULL),
    (111,  'W111',  'AlphaWard', 11,   'W', 'loc-111',  '2010-01-01', NULL),
    (121,  'W121',  'BetaWard',  12,   'W', 'loc-121',  '2010-01-01', NULL),
    (211,  'W211',  'GammaWard', 21,   'W', 'loc-211',  '2010-01-01', NULL),
    (1111, 'V1111', 'AlphaVil',  111,  'V', 'loc-1111', '2010-01-01', NULL),
    (1211, 'V1211', 'BetaVil',   121,  'V', 'loc-1211', '2010-01-01', NULL),
    (2111, 'V2111', 'GammaVil',  211,  'V', 'loc-2111', '2010-01-01', NULL);

INSERT INTO "tblProduct" ("ProdID", "ProdUUID", "ProductCode", "ProductName", "LocationId", "ConversionProdID",
                          "InsurancePeriod", "DateFrom", "DateTo", "LumpSum", "MemberCount", "GracePeriod",
                          "ValidityFrom", "AuditUserID") VALUES
    (1, 'prod-1', 'PA', 'Product A', NULL, NULL, 12, '2010-01-01', '2102-12-31', 3650.00, 6, 0, '2010-01-01', 1),
    (2, 'prod-2', 'PB', 'Product B', 11,   NULL, 12, '2010-01-01', '2102-12-31',  365.00, 6, 0, '2010-01-01', 1),
    (3, 'prod-3', 'PC', 'Product C', 2,    1,    12, '2010-01-01', '2102-12-31',  500.00, 6, 0, '2010-01-01', 1);

INSERT INTO "tblOfficer" ("OfficerID", "OfficerUUID", "Code", "LastName", "OtherNames", "LocationId",
                          "OfficerIDSubst", "ValidityFrom", "ValidityTo", "AuditUserID") VALUES
    (1, 'off-1', 'E1', 'Lane', 'Ann', 11, NULL, '2010-01-01', NULL,         1),
    (2, 'off-2', 'E2', 'Bell', 'Ben', 12, 1,    '2010-01-01', NULL,         1),
    (3, 'off-3', 'E3', 'Cole', 'Cid', 12, 2,    '2010-01-01', NULL,         1),
    (4, 'off-4', 'E4', 'Dunn', 'Dee', 21, NULL, '2010-01-01', NULL,         1),
    (5, 'off-5', 'E5', 'Eads', 'Eve', 21, 6,    '2010-01-01', NULL,         1),
    (6, 'off-6', 'E6', 'Ford', 'Fay', 21, 5,    '2010-01-01', NULL,         1),
    (7, 'off-7', 'E7', 'Gray', 'Gil', 11, 1,    '2010-01-01', '2021-04-01', 1);

INSERT INTO "tblFamilies" ("FamilyID", "FamilyUUID", "InsureeID", "LocationId", "ValidityFrom", "AuditUserID") VALUES
    (1, 'fam-1', 1, 1111, '2010-01-01', 1),
    (2, 'fam-2', 4, 1211, '2010-01-01', 1),
    (3, 'fam-3', 6, 2111, '2010-01-01', 1),
    (4, 'fam-4', 8, 1111, '2010-01-01', 1);

INSERT INTO "tblInsuree" ("InsureeID", "InsureeUUID", "FamilyID", "CHFID", "LastName", "OtherNames", "DOB",
                          "Gender", "IsHead", "CardIssued", "ValidityFrom", "ValidityTo", "AuditUserID") VALUES
    (1,  'ins-1',  1, '100000001', 'Ames', 'Al',  '1980-05-10', 'M',  true,  false, '2010-01-01', NULL, 1),
    (2,  'ins-2',  1, '100000002', 'Ames', 'Bea', '1985-07-01', 'F',  false, false, '2010-01-01', NULL, 1),
    (3,  'ins-3',  1, '100000003', 'Ames', 'Cy',  '2010-01-15', 'O',  false, false, '2010-01-01', NULL, 1),
    (4,  'ins-4',  2, '100000004', 'Birk', 'Di',  '1975-02-02', 'F',  true,  false, '2010-01-01', NULL, 1),
    (5,  'ins-5',  2, '100000005', 'Birk', 'Ed',  '2000-12-31', 'M',  false, false, '2010-01-01', NULL, 1),
    (6,  'ins-6',  3, '100000006', 'Cruz', 'Fe',  '1990-09-09', 'O',  true,  false, '2010-01-01', NULL, 1),
    (7,  'ins-7',  3, '100000007', 'Cruz', 'Gia', '1992-03-03', 'F',  false, false, '2010-01-01', NULL, 1),
    (8,  'ins-8',  4, '100000008', 'Diaz', 'Hal', '1970-01-01', NULL, true,  false, '2010-01-01', NULL, 1),
    (9,  'ins-9',  3, '100000009', 'Cruz', 'Ivy', '1995-05-05', 'F',  false, false, '2010-01-01', '2020-12-31', 1),
    (10, 'ins-10', 3, '100000010', 'Cruz', 'Joy', '1992-03-03', 'F',  false, false, '2010-01-01', NULL, 1);

INSERT INTO "tblPolicy" ("PolicyID", "PolicyUUID", "FamilyID", "ProdID", "OfficerID", "PolicyStage", "PolicyStatus",
                         "EnrollDate", "StartDate", "EffectiveDate", "ExpiryDate", "PolicyValue",
                         "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID") VALUES
    (90,  'pol-90',  3, 2, 4, 'N', 8, '2016-01-01', '2016-01-01', '2016-01-01', '2019-01-01', 1095.00, '2016-01-01', NULL, NULL, 1),
    (91,  'pol-91',  2, 1, 2, 'N', 8, '2010-06-25', '2010-07-01', '2010-07-01', '2011-03-01', 3650.00, '2010-06-25', NULL, NULL, 1),
    (101, 'pol-101', 1, 1, 1, 'N', 8, '2020-02-20', '2020-03-01', '2020-03-01', '2021-03-01', 3660.00, '2020-02-20', NULL, NULL, 1),
    (102, 'pol-102', 1, 1, 1, 'R', 2, '2021-02-25', '2021-03-01', '2021-03-01', '2022-03-01', 3650.00, '2021-02-25', NULL, NULL, 1),
    (103, 'pol-103', 1, 2, 1, 'N', 2, '2021-03-12', '2021-03-12', '2021-03-12', '2022-03-12',  365.00, '2021-03-12', NULL, NULL, 1),
    (104, 'pol-104', 1, 3, 1, 'N', 8, '2020-03-20', '2020-03-28', '2020-03-28', '2021-03-28',  500.00, '2020-03-20', NULL, NULL, 1),
    (105, 'pol-105', 1, 2, 1, 'N', 4, '2021-01-05', '2021-01-05', '2021-01-05', '2022-01-05',  365.00, '2021-01-05', NULL, NULL, 1),
    (201, 'pol-201', 2, 1, 2, 'N', 8, '2020-03-10', '2020-03-15', '2020-03-15', '2021-03-15', 1825.00, '2020-03-16', NULL, NULL, 1),
    (202, 'pol-202', 2, 2, 3, 'N', 2, '2021-03-08', '2021-03-10', '2021-03-10', '2022-03-10',  730.00, '2021-03-11', NULL, NULL, 1),
    (203, 'pol-203', 2, 1, 2, 'R', 4, '2021-03-14', '2021-03-15', '2021-03-15', '2022-03-15', 3650.00, '2021-03-14', NULL, NULL, 1),
    (204, 'pol-204', 2, 2, 3, 'N', 8, '2020-03-01', '2020-03-08', '2020-03-08', '2021-03-08',  365.00, '2020-03-01', NULL, NULL, 1),
    (301, 'pol-301', 3, 1, 4, 'N', 2, '2020-09-25', '2020-10-01', '2020-10-01', '2021-10-01', 1100.00, '2020-09-25', NULL, NULL, 1),
    (401, 'pol-401', 4, 3, 1, 'N', 1, '2021-03-20', '2021-03-20', NULL,         '2022-03-20',  500.00, '2021-03-20', NULL, NULL, 1),
    (402, 'pol-402', 4, 1, 1, 'N', 2, '2021-03-22', '2021-03-22', '2021-03-22', '2022-03-22', 3650.00, '2021-03-22', NULL, NULL, 1),
    (403, 'pol-403', 4, 2, 1, 'N', 1, '2020-03-25', '2020-03-25', '2020-03-25', '2021-03-25',  365.00, '2020-03-25', NULL, NULL, 1),
    (501, 'pol-501', 3, 3, 5, 'N', 2, '2021-05-03', '2021-05-03', '2021-05-03', '2022-05-03',  100.00, '2021-05-03', NULL, NULL, 1),
    (701, 'pol-701', 3, 2, 7, 'N', 2, '2021-03-02', '2021-03-02', '2021-03-02', '2022-03-02',  365.00, '2021-03-02', NULL, NULL, 1),
    (702, 'pol-702', 3, 2, 7, 'N', 8, '2020-03-05', '2020-03-05', '2020-03-05', '2021-03-05',  365.00, '2020-03-05', NULL, NULL, 1),
    (901, 'pol-901', 2, 1, 2, 'N', 2, '2020-03-10', '2020-03-15', '2020-03-15', '2021-03-15', 1825.00, '2020-03-10', '2020-03-16', 201, 1),
    (902, 'pol-902', 2, 2, 3, 'N', 2, '2021-03-08', '2021-03-10', '2021-03-10', '2022-03-10',  730.00, '2021-03-08', '2021-03-11', 202, 1),
    (950, 'pol-950', 4, 1, 4, 'N', 2, '2099-12-01', '2100-01-01', '2100-01-01', '2101-01-01', 3650.00, '2099-12-01', NULL, NULL, 1),
    (960, 'pol-960', 4, 1, 4, 'N', 2, '2022-12-15', '2023-01-01', '2023-01-01', '2100-01-01', 3650.00, '2022-12-15', NULL, NULL, 1);

INSERT INTO "tblPremium" ("PremiumId", "PremiumUUID", "PolicyID", "Amount", "Receipt", "PayDate", "PayType",
                          "CreatedDate", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID") VALUES
    (1,  'prem-1',  101, 3660.00, 'R1',  '2020-02-25', 'C', '2020-02-25', '2020-02-25', NULL,         NULL, 1),
    (2,  'prem-2',  102, 3650.00, 'R2',  '2021-02-26', 'C', '2021-02-26', '2021-02-26', NULL,         NULL, 1),
    (3,  'prem-3',  103,  365.00, 'R3',  '2021-03-12', 'C', '2021-03-12', '2021-03-12', NULL,         NULL, 1),
    (4,  'prem-4',  201, 1825.00, 'R4',  '2020-03-10', 'C', '2020-03-10', '2020-03-10', NULL,         NULL, 1),
    (5,  'prem-5',  201,   50.00, 'R5',  '2021-03-20', 'C', '2021-03-20', '2021-03-20', NULL,         NULL, 1),
    (6,  'prem-6',  202,  730.00, 'R6',  '2021-03-08', 'C', '2021-03-08', '2021-03-08', NULL,         NULL, 1),
    (7,  'prem-7',  202, 9999.00, 'R7',  '2021-03-09', 'C', '2021-03-09', '2021-03-09', '2021-03-09', NULL, 1),
    (8,  'prem-8',  301, 1100.00, 'R8',  '2020-09-25', 'C', '2020-09-25', '2020-09-25', NULL,         NULL, 1),
    (9,  'prem-9',  301,  400.00, 'R9',  '2021-03-11', 'C', '2021-03-11', '2021-03-11', NULL,         NULL, 1),
    (10, 'prem-10', 401,  500.00, 'R10', '2021-03-20', 'C', '2021-03-20', '2021-03-20', NULL,         NULL, 1),
    (11, 'prem-11', 402, 3650.00, 'R11', '2021-03-22', 'C', '2021-03-22', '2021-03-22', NULL,         NULL, 1),
    (12, 'prem-12', 701,  365.00, 'R12', '2021-03-02', 'C', '2021-03-02', '2021-03-02', NULL,         NULL, 1),
    (13, 'prem-13',  90, 1095.00, 'R13', '2015-12-20', 'C', '2015-12-20', '2015-12-20', NULL,         NULL, 1),
    (14, 'prem-14', 501,  100.00, 'R14', '2021-05-03', 'C', '2021-05-03', '2021-05-03', NULL,         NULL, 1);

INSERT INTO "tblInsureePolicy" ("InsureePolicyID", "InsureeID", "PolicyId", "EnrollmentDate", "StartDate",
                                "EffectiveDate", "ExpiryDate", "ValidityFrom", "ValidityTo", "AuditUserID") VALUES
    (1,  4,  91,  '2010-06-25', '2010-07-01', '2010-07-01', '2011-03-01', '2010-06-25', NULL,         1),
    (2,  5,  91,  '2010-06-25', '2010-07-01', '2010-07-01', '2011-03-01', '2010-06-25', NULL,         1),
    (3,  1,  102, '2021-02-25', '2021-03-01', '2021-03-01', '2022-03-01', '2021-02-25', NULL,         1),
    (4,  2,  102, '2021-02-25', '2021-03-01', '2021-03-01', '2022-03-01', '2021-02-25', NULL,         1),
    (5,  3,  102, '2021-06-01', '2021-06-01', '2021-06-01', '2022-03-01', '2021-06-01', NULL,         1),
    (6,  1,  102, '2021-02-25', '2021-03-01', '2021-03-01', '2022-03-01', '2021-02-25', '2021-02-26', 1),
    (7,  4,  202, '2021-03-08', '2021-03-10', '2021-03-10', '2022-03-10', '2021-03-08', NULL,         1),
    (8,  5,  202, '2021-03-08', '2021-03-10', '2021-03-10', '2022-03-10', '2021-03-08', NULL,         1),
    (9,  6,  301, '2020-09-25', '2020-10-01', '2020-10-01', '2021-10-01', '2020-09-25', NULL,         1),
    (10, 7,  301, '2020-09-25', '2020-10-01', '2020-10-01', '2021-10-01', '2020-09-25', NULL,         1),
    (11, 10, 301, '2020-09-25', '2020-10-01', '2020-10-01', '2021-10-01', '2020-09-25', NULL,         1),
    (12, 9,  301, '2020-09-25', '2020-10-01', '2020-10-01', '2021-10-01', '2020-09-25', NULL,         1),
    (13, 8,  401, '2021-03-20', '2021-03-20', NULL,         '2022-03-20', '2021-03-20', NULL,         1),
    (14, 8,  402, '2021-03-22', '2021-03-22', '2021-03-22', '2022-03-22', '2021-03-22', NULL,         1),
    (15, 8,  950, '2099-12-01', '2100-01-01', '2100-01-01', '2101-01-01', '2099-12-01', NULL,         1),
    (16, 6,  701, '2021-03-02', '2021-03-02', '2021-03-02', '2022-03-02', '2021-03-02', NULL,         1),
    (17, 8,  960, '2022-12-15', '2023-01-01', '2023-01-01', '2100-01-01', '2022-12-15', NULL,         1);
