-- Fixture for uspGetPolicyPeriod, uspPolicyValue and uspSSRSPolicyStatus.
--
-- Ages: uspPolicyValue counts age in calendar years up to TODAY, so adults are born before 1991 and
-- children in 2021 or later: the split adult/child stays the same until the year 2039.
-- Timestamps are written at noon UTC, so that their dates are the same in any session TimeZone
-- within 11 hours of UTC (the test session runs with UTC).

-- Relations: 7 = "Others" (counted apart by uspPolicyValue).
INSERT INTO "tblRelations" ("RelationId", "Relation", "SortOrder", "AltLanguage")
VALUES (1, 'Brother/Sister', NULL, NULL),
       (4, 'Son/Daughter', NULL, NULL),
       (7, 'Others', NULL, NULL),
       (8, 'Spouse', NULL, NULL);

-- Location tree:
--   region 101 R1 North
--     district 111 D11 Lakeside
--       ward 1111 W111 Harbour   villages 11111 V1111 Pier (family 1), 11112 V1112 Dock (family 4)
--       ward 1112 W112 Marsh     village  11121 V1121 Reeds (family 2)
--     district 112 D12 Hills
--       ward 1121 W121 Ridge     village  11211 V1211 Summit (family 5)
--   region 102 R2 South
--     district 121 D21 Coast
--       ward 1211 W211 Bay       village  12111 V2111 Sands (family 3)
INSERT INTO "tblLocations"
    ("LocationId", "LocationUUID", "LocationCode", "LocationName", "ParentLocationId", "LocationType",
     "ValidityFrom", "ValidityTo", "AuditUserId")
VALUES
    (101,   'e0000000-0000-0000-0000-000000000101', 'R1',    'North',    NULL, 'R', '2019-01-01 12:00:00+00', NULL, 1),
    (102,   'e0000000-0000-0000-0000-000000000102', 'R2',    'South',    NULL, 'R', '2019-01-01 12:00:00+00', NULL, 1),
    (111,   'e0000000-0000-0000-0000-000000000111', 'D11',   'Lakeside', 101,  'D', '2019-01-01 12:00:00+00', NULL, 1),
    (112,   'e0000000-0000-0000-0000-000000000112', 'D12',   'Hills',    101,  'D', '2019-01-01 12:00:00+00', NULL, 1),
    (121,   'e0000000-0000-0000-0000-000000000121', 'D21',   'Coast',    102,  'D', '2019-01-01 12:00:00+00', NULL, 1),
    (1111,  'e0000000-0000-0000-0000-000000001111', 'W111',  'Harbour',  111,  'W', '2019-01-01 12:00:00+00', NULL, 1),
    (1112,  'e0000000-0000-0000-0000-000000001112', 'W112',  'Marsh',    111,  'W', '2019-01-01 12:00:00+00', NULL, 1),
    (1121,  'e0000000-0000-0000-0000-000000001121', 'W121',  'Ridge',    112,  'W', '2019-01-01 12:00:00+00', NULL, 1),
    (1211,  'e0000000-0000-0000-0000-000000001211', 'W211',  'Bay',      121,  'W', '2019-01-01 12:00:00+00', NULL, 1),
    (11111, 'e0000000-0000-0000-0000-000000011111', 'V1111', 'Pier',     1111, 'V', '2019-01-01 12:00:00+00', NULL, 1),
    (11112, 'e0000000-0000-0000-0000-000000011112', 'V1112', 'Dock',     1111, 'V', '2019-01-01 12:00:00+00', NULL, 1),
    (11121, 'e0000000-0000-0000-0000-000000011121', 'V1121', 'Reeds',    1112, 'V', '2019-01-01 12:00:00+00', NULL, 1),
    (11211, 'e0000000-0000-0000-0000-000000011211', 'V1211', 'Summit',   1121, 'V', '2019-01-01 12:00:00+00', NULL, 1),
    (12111, 'e0000000-0000-0000-0000-000000012111', 'V2111', 'Sands',    1211, 'V', '2019-01-01 12:00:00+00', NULL, 1);

-- Products (money figures that do not apply are NULL):
--  1 CYC  cycles 01-01 and 01-07, grace 1 month, 12 months, administration period 1 month;
--         per member: adult 100.00, child 40.00; registration 5.00 and assembly 3.00 per member;
--         MemberCount 6, no threshold; enrolment discount 10 % if enrolled 2 months before the start,
--         renewal discount 5 % if 1 month before. Valid from 2021-01-01.
--  91     history copy of product 1 (LegacyID 1), valid 2019-01-01 .. 2020-12-31: adult 90.00,
--         child 35.00, registration 4.00 and assembly 2.00 per member, enrolment discount 0 %.
--  2 LUMP no cycles (StartCycle1 blank ''), 6 months, administration period 2 months, grace 0;
--         lump sum 500.00 for up to Threshold 3 members, extra adult 80.00, extra child 30.00;
--         MemberCount 5; registration lump sum 20.00 (fee 9.00 not used), assembly lump sum 15.05
--         (fee 7.00 not used); enrolment discount 10 % / 0 months (never applies: no cycles);
--         renewal discount 15 % / 0 months.
--  3 QRT  four cycles 01-01, 01-04, '' (= 01-04), 01-10, grace 0, 3 months, no administration
--         period; per member adult 10.00, child 4.00 with Threshold 2 (the extras are charged on top
--         of the per-member premium); MemberCount 10; no fees, no discounts (NULL).
--  4 OLD  converted to product 5;  5 MID converted to product 1 (no cycles, 12 months).
--  6 GONE deleted product (ValidityTo set, no LegacyID): lump sum 300.00, no cycles.
INSERT INTO "tblProduct"
    ("ProdID", "ProdUUID", "ProductCode", "ProductName", "DateFrom", "DateTo", "ValidityFrom", "ValidityTo",
     "LegacyID", "AuditUserID", "ConversionProdID",
     "LumpSum", "MemberCount", "Threshold", "PremiumAdult", "PremiumChild",
     "RegistrationLumpSum", "RegistrationFee", "GeneralAssemblyLumpSum", "GeneralAssemblyFee",
     "InsurancePeriod", "GracePeriod", "AdministrationPeriod",
     "StartCycle1", "StartCycle2", "StartCycle3", "StartCycle4",
     "EnrolmentDiscountPerc", "EnrolmentDiscountPeriod", "RenewalDiscountPerc", "RenewalDiscountPeriod")
VALUES
    (1,  'f0000000-0000-0000-0000-000000000001', 'CYC',  'Cycle Care',     '2021-01-01 12:00:00+00', '2030-12-31 12:00:00+00',
         '2021-01-01 12:00:00+00', NULL, NULL, 1, NULL,
         0.00, 6, NULL, 100.00, 40.00, NULL, 5.00, NULL, 3.00,
         12, 1, 1, '01-01', '01-07', NULL, NULL, 10, 2, 5, 1),
    (91, 'f0000000-0000-0000-0000-000000000091', 'CYC',  'Cycle Care',     '2019-01-01 12:00:00+00', '2030-12-31 12:00:00+00',
         '2019-01-01 12:00:00+00', '2020-12-31 12:00:00+00', 1, 1, NULL,
         0.00, 6, NULL, 90.00, 35.00, NULL, 4.00, NULL, 2.00,
         12, 1, 1, '01-01', '01-07', NULL, NULL, 0, 2, 5, 1),
    (2,  'f0000000-0000-0000-0000-000000000002', 'LUMP', 'Lump Sum Plan',  '2019-01-01 12:00:00+00', '2030-12-31 12:00:00+00',
         '2019-01-01 12:00:00+00', NULL, NULL, 1, NULL,
         500.00, 5, 3, 80.00, 30.00, 20.00, 9.00, 15.05, 7.00,
         6, 0, 2, '', NULL, NULL, NULL, 10, 0, 15, 0),
    (3,  'f0000000-0000-0000-0000-000000000003', 'QRT',  'Quarterly',      '2019-01-01 12:00:00+00', '2030-12-31 12:00:00+00',
         '2019-01-01 12:00:00+00', NULL, NULL, 1, NULL,
         0.00, 10, 2, 10.00, 4.00, NULL, NULL, NULL, NULL,
         3, 0, NULL, '01-01', '01-04', '', '01-10', NULL, NULL, NULL, NULL),
    (4,  'f0000000-0000-0000-0000-000000000004', 'OLD',  'Old Plan',       '2018-01-01 12:00:00+00', '2022-12-31 12:00:00+00',
         '2018-01-01 12:00:00+00', NULL, NULL, 1, 5,
         50.00, 4, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
         12, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    (5,  'f0000000-0000-0000-0000-000000000005', 'MID',  'Middle Plan',    '2019-01-01 12:00:00+00', '2023-12-31 12:00:00+00',
         '2019-01-01 12:00:00+00', NULL, NULL, 1, 1,
         60.00, 4, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
         12, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    (6,  'f0000000-0000-0000-0000-000000000006', 'GONE', 'Withdrawn Plan', '2019-01-01 12:00:00+00', '2023-12-31 12:00:00+00',
         '2019-01-01 12:00:00+00', '2023-12-31 12:00:00+00', NULL, 1, NULL,
         300.00, 10, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
         12, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

-- Families (head insuree, village):
--  1 Ade   head 1, Pier:   current members by ValidityFrom: 1 adult, 2 adult spouse, 3 child,
--                          4 child, 5 adult "other" (7), 6 child "other" (7); 7 is deleted.
--  2 Bello head 11, Reeds: 5 adults (11..15).
--  3 Chala head 21, Sands: 1 adult (21), 1 child (22).
--  4 Duru  head 31, Dock:  2 adults (31, 32).
--  5 Eze   head 41, Summit: 1 adult (41).
INSERT INTO "tblFamilies" ("FamilyID", "FamilyUUID", "InsureeID", "LocationId", "ValidityFrom", "AuditUserID")
VALUES (1, 'c1000000-0000-0000-0000-000000000001', 1,  11111, '2022-01-01 12:00:00+00', 1),
       (2, 'c1000000-0000-0000-0000-000000000002', 11, 11121, '2022-01-01 12:00:00+00', 1),
       (3, 'c1000000-0000-0000-0000-000000000003', 21, 12111, '2022-01-01 12:00:00+00', 1),
       (4, 'c1000000-0000-0000-0000-000000000004', 31, 11112, '2022-01-01 12:00:00+00', 1),
       (5, 'c1000000-0000-0000-0000-000000000005', 41, 11211, '2022-01-01 12:00:00+00', 1);

INSERT INTO "tblInsuree"
    ("InsureeID", "InsureeUUID", "FamilyID", "CHFID", "LastName", "OtherNames", "DOB", "IsHead",
     "Relationship", "CardIssued", "ValidityFrom", "ValidityTo", "AuditUserID")
VALUES
    (1,  'd1000000-0000-0000-0000-000000000001', 1, '100000001', 'Ade',   'Ben',  '1980-05-05', true,  NULL, false, '2022-01-01 12:00:00+00', NULL, 1),
    (2,  'd1000000-0000-0000-0000-000000000002', 1, '100000002', 'Ade',   'Cara', '1982-06-06', false, 8,    false, '2022-01-02 12:00:00+00', NULL, 1),
    (3,  'd1000000-0000-0000-0000-000000000003', 1, '100000003', 'Ade',   'Dayo', '2021-03-03', false, 4,    false, '2022-01-03 12:00:00+00', NULL, 1),
    (4,  'd1000000-0000-0000-0000-000000000004', 1, '100000004', 'Ade',   'Eve',  '2022-04-04', false, 4,    false, '2022-01-04 12:00:00+00', NULL, 1),
    (5,  'd1000000-0000-0000-0000-000000000005', 1, '100000005', 'Ade',   'Fola', '1950-07-07', false, 7,    false, '2022-01-05 12:00:00+00', NULL, 1),
    (6,  'd1000000-0000-0000-0000-000000000006', 1, '100000006', 'Ade',   'Gift', '2023-08-08', false, 7,    false, '2023-09-01 12:00:00+00', NULL, 1),
    (7,  'd1000000-0000-0000-0000-000000000007', 1, '100000007', 'Ade',   'Gone', '1985-01-01', false, 1,    false, '2021-01-01 12:00:00+00', '2022-06-30 12:00:00+00', 1),
    (11, 'd1000000-0000-0000-0000-000000000011', 2, '100000011', 'Bello', 'Hana', '1970-01-01', true,  NULL, false, '2022-01-01 12:00:00+00', NULL, 1),
    (12, 'd1000000-0000-0000-0000-000000000012', 2, '100000012', 'Bello', 'Ian',  '1972-02-02', false, 8,    false, '2022-01-02 12:00:00+00', NULL, 1),
    (13, 'd1000000-0000-0000-0000-000000000013', 2, '100000013', 'Bello', 'Jide', '1990-03-03', false, 4,    false, '2022-01-03 12:00:00+00', NULL, 1),
    (14, 'd1000000-0000-0000-0000-000000000014', 2, '100000014', 'Bello', 'Kemi', '1990-04-04', false, 4,    false, '2022-01-04 12:00:00+00', NULL, 1),
    (15, 'd1000000-0000-0000-0000-000000000015', 2, '100000015', 'Bello', 'Lola', '1985-05-05', false, 1,    false, '2022-01-05 12:00:00+00', NULL, 1),
    (21, 'd1000000-0000-0000-0000-000000000021', 3, '100000021', 'Chala', 'Dina', '1975-08-08', true,  NULL, false, '2022-01-01 12:00:00+00', NULL, 1),
    (22, 'd1000000-0000-0000-0000-000000000022', 3, '100000022', 'Chala', 'Ema',  '2021-09-09', false, 4,    false, '2022-01-02 12:00:00+00', NULL, 1),
    (31, 'd1000000-0000-0000-0000-000000000031', 4, '100000031', 'Duru',  'Femi', '1988-02-02', true,  NULL, false, '2022-01-01 12:00:00+00', NULL, 1),
    (32, 'd1000000-0000-0000-0000-000000000032', 4, '100000032', 'Duru',  'Gina', '1989-03-03', false, 8,    false, '2022-01-02 12:00:00+00', NULL, 1),
    (41, 'd1000000-0000-0000-0000-000000000041', 5, '100000041', 'Eze',   'Hope', '1960-10-10', true,  NULL, false, '2022-01-01 12:00:00+00', NULL, 1);

-- Enrolment officers. 2 left on 2024-06-30 and is replaced by 3, who is replaced by 4 (3's own
-- WorksTo is never looked at); 5 works until 2030 and names 1 as substitute.
INSERT INTO "tblOfficer"
    ("OfficerID", "OfficerUUID", "Code", "LastName", "OtherNames", "Phone", "WorksTo", "OfficerIDSubst",
     "ValidityFrom", "AuditUserID")
VALUES
    (1, 'a1000000-0000-0000-0000-000000000001', 'OFF1', 'Okafor', 'Alice', '0700000001', NULL,                     NULL, '2019-01-01 12:00:00+00', 1),
    (2, 'a1000000-0000-0000-0000-000000000002', 'OFF2', 'Mensah', 'Bob',   '0700000002', '2024-06-30 12:00:00+00', 3,    '2019-01-01 12:00:00+00', 1),
    (3, 'a1000000-0000-0000-0000-000000000003', 'OFF3', 'Nwosu',  'Carol', '0700000003', '2024-03-31 12:00:00+00', 4,    '2019-01-01 12:00:00+00', 1),
    (4, 'a1000000-0000-0000-0000-000000000004', 'OFF4', 'Osei',   'Dan',   '0700000004', NULL,                     NULL, '2019-01-01 12:00:00+00', 1),
    (5, 'a1000000-0000-0000-0000-000000000005', 'OFF5', 'Pele',   'Eve',   '0700000005', '2030-12-31 12:00:00+00', 1,    '2019-01-01 12:00:00+00', 1);

-- Policies (status 1 Idle, 2 Active, 4 Suspended, 8 Expired):
--  id fam prod stage enrolled    start       expiry      status officer note
--   1  1   1   N     2023-04-20  2023-07-01  2024-06-30  8      1       renewed by policy 2
--   2  1   1   R     2024-06-15  2024-07-01  2025-06-30  2      1
--   3  2   2   N     2024-01-10  2024-03-10  2024-09-09  2      2
--   4  3   4   N     2023-10-20  2023-11-01  2024-10-31  8      5       product 4 -> 5 -> 1
--   5  3   4   R     2024-10-25  2024-11-01  2025-10-31  2      5       same family, old product 4
--   6  4   1   N     2023-08-15  2023-09-01  2024-08-31  4      1
--   7  4   1   R     2023-07-20  2023-08-01  2024-07-31  8      2
--   8  1   2   N     2024-04-10  2024-06-16  2024-12-15  2      5
--   9  1   1   N     2023-10-01  2023-11-01  2024-10-31  1      1       Idle
--  10  2   1   N     2023-12-05  2024-01-01  2024-11-30  2      1       history row (ValidityTo set)
--  11  2   1   R     2023-06-20  2023-07-01  2024-06-29  2      2
--  12  5   1   N     2023-09-10  2024-01-01  2024-12-31  2      1
INSERT INTO "tblPolicy"
    ("PolicyID", "PolicyUUID", "FamilyID", "ProdID", "PolicyStage", "EnrollDate", "StartDate", "ExpiryDate",
     "PolicyStatus", "PolicyValue", "OfficerID", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID")
VALUES
    (1,  'b1000000-0000-0000-0000-000000000001', 1, 1, 'N', '2023-04-20', '2023-07-01', '2024-06-30', 8, 421.20, 1, '2023-04-20 12:00:00+00', NULL, NULL, 1),
    (2,  'b1000000-0000-0000-0000-000000000002', 1, 1, 'R', '2024-06-15', '2024-07-01', '2025-06-30', 2, 438.00, 1, '2024-06-15 12:00:00+00', NULL, NULL, 1),
    (3,  'b1000000-0000-0000-0000-000000000003', 2, 2, 'N', '2024-01-10', '2024-03-10', '2024-09-09', 2, 695.05, 2, '2024-01-10 12:00:00+00', NULL, NULL, 1),
    (4,  'b1000000-0000-0000-0000-000000000004', 3, 4, 'N', '2023-10-20', '2023-11-01', '2024-10-31', 8, 50.00,  5, '2023-10-20 12:00:00+00', NULL, NULL, 1),
    (5,  'b1000000-0000-0000-0000-000000000005', 3, 4, 'R', '2024-10-25', '2024-11-01', '2025-10-31', 2, 50.00,  5, '2024-10-25 12:00:00+00', NULL, NULL, 1),
    (6,  'b1000000-0000-0000-0000-000000000006', 4, 1, 'N', '2023-08-15', '2023-09-01', '2024-08-31', 4, 216.00, 1, '2023-08-15 12:00:00+00', NULL, NULL, 1),
    (7,  'b1000000-0000-0000-0000-000000000007', 4, 1, 'R', '2023-07-20', '2023-08-01', '2024-07-31', 8, 206.00, 2, '2023-07-20 12:00:00+00', NULL, NULL, 1),
    (8,  'b1000000-0000-0000-0000-000000000008', 1, 2, 'N', '2024-04-10', '2024-06-16', '2024-12-15', 2, 645.05, 5, '2024-04-10 12:00:00+00', NULL, NULL, 1),
    (9,  'b1000000-0000-0000-0000-000000000009', 1, 1, 'N', '2023-10-01', '2023-11-01', '2024-10-31', 1, 468.00, 1, '2023-10-01 12:00:00+00', NULL, NULL, 1),
    (10, 'b1000000-0000-0000-0000-000000000010', 2, 1, 'N', '2023-12-05', '2024-01-01', '2024-11-30', 2, 540.00, 1, '2023-12-05 12:00:00+00', '2024-01-15 12:00:00+00', 11, 1),
    (11, 'b1000000-0000-0000-0000-000000000011', 2, 1, 'R', '2023-06-20', '2023-07-01', '2024-06-29', 2, 515.00, 2, '2023-06-20 12:00:00+00', NULL, NULL, 1),
    (12, 'b1000000-0000-0000-0000-000000000012', 5, 1, 'N', '2023-09-10', '2024-01-01', '2024-12-31', 2, 113.00, 1, '2023-09-10 12:00:00+00', NULL, NULL, 1);
