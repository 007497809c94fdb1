-- Fixture for the uvw* report views: two regions, a health facility in each, two current products
-- and one retired, three families (six insurees, both genders, born 1955..2020), new, renewed,
-- idle and retired policies, premiums with and without payer, claims in every status with items
-- and services, feedbacks and feedback prompts. Rows with ValidityTo set are history copies or
-- deleted rows that every view must leave out (except where the original does not test them).
--
-- Locations                                   Health facilities
--   1 R1 North  - 11 D1 Alpha - 21 W1 Ward A    1 HF001 Alpha Hospital  level H, district Alpha
--                    villages 31 Aville, 33 Cville (39 "Cville old": deleted)
--   2 R2 South  - 12 D2 Beta  - 22 W2 Ward B    2 HF002 Beta Dispensary level D, district Beta
--                    village 32 Bville
-- Products: 1 PA Product A, 2 PB Product B, 3 PX Old Product (ValidityTo set: no longer current)
-- Officers: 1 OF1 Smith John (district Alpha), 2 OF2 Doe Jane (district Beta)
-- Families / insurees (head first):
--   F1 in Aville: 1 Ali Amir M 1980-06-15 (head), 2 Ali Bea F 2010-03-01
--   F2 in Bville: 3 Bako Cara F 1955-01-20 (head), 4 Bako Dan M 2020-12-31, 6 Bako Fay F 1955-11-11
--   F3 in Aville: 5 Chen Eli M 2000-07-07 (head)
-- Policies (stage, family, product, officer, enrol date, effective date):
--   1 N F1 PA OF1 2023-01-10 eff 2023-01-15      2 R F1 PA OF1 2024-01-05 eff 2024-01-15
--   3 N F2 PB OF2 2023-05-20 eff 2023-06-01      4 N F3 PA OF2 2023-02-03 eff 2023-02-10
--   5 N F1 PB OF1 2023-01-12 eff 2023-01-20      6 R F2 PB OF2 2024-05-01 idle, no effective date
--   7 = history copy of 3 (ValidityTo set)
-- Insuree-policy links: P1: 1,2  P2: 1,2  P3: 3,4,6 (+ a deleted second link for 4)  P4: 5  P5: 1
-- Premiums: P1 100.00 2023-01-10 + 50.00 2023-01-25 (cash, no payer); P3 200.00 2023-05-20 (bank,
--   payer Gov Fund); P4 80.00 2023-02-03 (payer Donor Org, deleted); P2 120.00 2024-01-05 (mobile);
--   a deleted premium 999.00 on P2.
-- Claims (status: 1 rejected, 2 entered, 4 checked, 8 processed, 16 valuated):
--   C1 16 HF1 ins 1 2023-03-01..03-04 claimed 03-05 A00 E   C2  8 HF1 ins 2 2023-03-10..03-10 claimed 04-02 B50 O
--   C3  1 HF2 ins 3 2023-05-02..NULL  claimed 05-03 A00 O   C4  2 HF2 ins 4 2023-06-10..06-12 claimed 06-12 B50 E
--   C5  4 HF1 ins 5 2023-12-30..2024-01-02 claimed 2024-01-03 B50 R
--   C6 = history copy of C1 (ValidityTo set)               C7 16 HF1 ins 3 2024-02-05..02-05 claimed 02-06 B50 O
--   C8  8 HF1 ins 1 2023-03-20..03-22 claimed 03-23 A00 E
-- Claim items (claim, item, product, qty x price asked, PriceValuated, RemuneratedAmount, RejectionReason):
--   1 C1 ITM1 PA 2x10.00 18.00 18.00 0    2 C2 ITM1 PA 3x10.00 30.00 30.00 0   3 C2 ITM2 PA 1x5.00 NULL NULL 1
--   4 C3 ITM1 PX 4x10.00 NULL NULL 2      5 C4 ITM2 PB 2x5.00 NULL NULL 0      6 C5 ITM1 PA 1x10.00 NULL NULL 0
--   7 C7 ITM2 PB 1x5.00 0.00 0.00 0       8 C3 ITM2 (no product) 2x5.00 NULL NULL 2
--   9 C8 ITM1 PA 1x10.00 10.00 10.00 0
-- Claim services (same columns):
--   1 C1 SRV1 PA 1x50.00 45.00 40.00 0    2 C1 SRV2 PB 1x300.00 250.00 200.00 0  3 C2 SRV1 PA 1x50.00 50.00 50.00 0
--   4 C3 SRV1 PB 1x60.00 NULL NULL 2      5 C5 SRV2 PA 1x300.00 280.00 NULL 0    6 C7 SRV1 PB 2x25.00 50.00 50.00 0
--   7 C7 SRV2 PB 1x100.00 100.00 100.00 0 deleted (ValidityTo set)                8 C8 SRV1 PA 1x50.00 50.00 45.00 0
-- Feedbacks (claim, date, care rendered / payment asked / drug prescribed / drug received, assessment):
--   1 C1 2023-03-20 t/f/t/t 4   2 C7 2024-02-10 t/t/f/f 2   3 C5 2024-01-10 t/t/t/t 1 deleted   4 C2 2023-03-25 f/NULL/t/t 5
-- Feedback prompts: 1 C1 2023-03-06, 2 C7 2024-02-06, 3 C2 2023-03-11 deleted, 4 C8 2023-03-23

INSERT INTO "tblGender" ("Code", "Gender", "SortOrder") VALUES ('M', 'Male', 1), ('F', 'Female', 2);
INSERT INTO "tblLegalForms" ("LegalFormCode", "LegalForms", "SortOrder") VALUES ('G', 'Government', 1);

INSERT INTO "tblLocations" ("LocationId", "LocationCode", "LocationName", "ParentLocationId", "LocationType",
        "MalePopulation", "FemalePopulation", "OtherPopulation", "Families",
        "LocationUUID", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserId") VALUES
    (1,  'R1', 'North',      NULL, 'R', NULL, NULL, NULL, NULL, '00000000-0000-0000-0001-000000000001', '2020-01-01', NULL, NULL, 1),
    (2,  'R2', 'South',      NULL, 'R', NULL, NULL, NULL, NULL, '00000000-0000-0000-0001-000000000002', '2020-01-01', NULL, NULL, 1),
    (11, 'D1', 'Alpha',      1,    'D', NULL, NULL, NULL, NULL, '00000000-0000-0000-0001-000000000011', '2020-01-01', NULL, NULL, 1),
    (12, 'D2', 'Beta',       2,    'D', NULL, NULL, NULL, NULL, '00000000-0000-0000-0001-000000000012', '2020-01-01', NULL, NULL, 1),
    (21, 'W1', 'Ward A',     11,   'W', NULL, NULL, NULL, NULL, '00000000-0000-0000-0001-000000000021', '2020-01-01', NULL, NULL, 1),
    (22, 'W2', 'Ward B',     12,   'W', NULL, NULL, NULL, NULL, '00000000-0000-0000-0001-000000000022', '2020-01-01', NULL, NULL, 1),
    (31, 'V1', 'Aville',     21,   'V', 100,  120,  3,    50,   '00000000-0000-0000-0001-000000000031', '2020-01-01', NULL, NULL, 1),
    (32, 'V2', 'Bville',     22,   'V', 80,   90,   1,    40,   '00000000-0000-0000-0001-000000000032', '2020-01-01', NULL, NULL, 1),
    (33, 'V3', 'Cville',     21,   'V', 10,   12,   0,    5,    '00000000-0000-0000-0001-000000000033', '2020-01-01', NULL, NULL, 1),
    (39, 'V3', 'Cville old', 21,   'V', 9,    9,    9,    9,    '00000000-0000-0000-0001-000000000039', '2019-01-01', '2020-01-01', 33, 1);

INSERT INTO "tblHF" ("HfID", "HFCode", "HFName", "LegalForm", "HFLevel", "HFCareType", "LocationId", "OffLine",
        "HfUUID", "ValidityFrom", "AuditUserID") VALUES
    (1, 'HF001', 'Alpha Hospital',  'G', 'H', 'B', 11, false, '00000000-0000-0000-0002-000000000001', '2020-01-01', 1),
    (2, 'HF002', 'Beta Dispensary', 'G', 'D', 'O', 12, false, '00000000-0000-0000-0002-000000000002', '2020-01-01', 1);

INSERT INTO "tblProduct" ("ProdID", "ProductCode", "ProductName", "DateFrom", "DateTo", "InsurancePeriod",
        "LumpSum", "MemberCount", "GracePeriod", "ProdUUID", "ValidityFrom", "ValidityTo", "AuditUserID") VALUES
    (1, 'PA', 'Product A',   '2020-01-01', '2030-12-31', 12, 100.00, 6, 0, '00000000-0000-0000-0003-000000000001', '2020-01-01', NULL, 1),
    (2, 'PB', 'Product B',   '2020-01-01', '2030-12-31', 12, 200.00, 6, 0, '00000000-0000-0000-0003-000000000002', '2020-01-01', NULL, 1),
    (3, 'PX', 'Old Product', '2020-01-01', '2023-12-31', 12, 50.00,  6, 0, '00000000-0000-0000-0003-000000000003', '2020-01-01', '2023-12-31', 1);

INSERT INTO "tblOfficer" ("OfficerID", "Code", "LastName", "OtherNames", "LocationId", "OfficerUUID", "ValidityFrom", "AuditUserID") VALUES
    (1, 'OF1', 'Smith', 'John', 11, '00000000-0000-0000-0004-000000000001', '2020-01-01', 1),
    (2, 'OF2', 'Doe',   'Jane', 12, '00000000-0000-0000-0004-000000000002', '2020-01-01', 1);

INSERT INTO "tblFamilies" ("FamilyID", "InsureeID", "LocationId", "FamilyUUID", "ValidityFrom", "AuditUserID") VALUES
    (1, 1, 31, '00000000-0000-0000-0005-000000000001', '2020-01-01', 1),
    (2, 3, 32, '00000000-0000-0000-0005-000000000002', '2020-01-01', 1),
    (3, 5, 31, '00000000-0000-0000-0005-000000000003', '2020-01-01', 1);

INSERT INTO "tblInsuree" ("InsureeID", "FamilyID", "CHFID", "LastName", "OtherNames", "DOB", "Gender", "IsHead",
        "CardIssued", "InsureeUUID", "ValidityFrom", "AuditUserID") VALUES
    (1, 1, '000000001', 'Ali',  'Amir', '1980-06-15', 'M', true,  false, '00000000-0000-0000-0006-000000000001', '2020-01-01', 1),
    (2, 1, '000000002', 'Ali',  'Bea',  '2010-03-01', 'F', false, false, '00000000-0000-0000-0006-000000000002', '2020-01-01', 1),
    (3, 2, '000000003', 'Bako', 'Cara', '1955-01-20', 'F', true,  false, '00000000-0000-0000-0006-000000000003', '2020-01-01', 1),
    (4, 2, '000000004', 'Bako', 'Dan',  '2020-12-31', 'M', false, false, '00000000-0000-0000-0006-000000000004', '2020-01-01', 1),
    (5, 3, '000000005', 'Chen', 'Eli',  '2000-07-07', 'M', true,  false, '00000000-0000-0000-0006-000000000005', '2020-01-01', 1),
    (6, 2, '000000006', 'Bako', 'Fay',  '1955-11-11', 'F', false, false, '00000000-0000-0000-0006-000000000006', '2020-01-01', 1);

INSERT INTO "tblPolicy" ("PolicyID", "FamilyID", "ProdID", "OfficerID", "PolicyStage", "PolicyStatus", "PolicyValue",
        "EnrollDate", "StartDate", "EffectiveDate", "ExpiryDate", "PolicyUUID", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID") VALUES
    (1, 1, 1, 1, 'N', 2, 100.00, '2023-01-10', '2023-01-15', '2023-01-15', '2024-01-14', '00000000-0000-0000-0007-000000000001', '2023-01-10', NULL, NULL, 1),
    (2, 1, 1, 1, 'R', 2, 100.00, '2024-01-05', '2024-01-15', '2024-01-15', '2025-01-14', '00000000-0000-0000-0007-000000000002', '2024-01-05', NULL, NULL, 1),
    (3, 2, 2, 2, 'N', 2, 200.00, '2023-05-20', '2023-06-01', '2023-06-01', '2024-05-31', '00000000-0000-0000-0007-000000000003', '2023-05-20', NULL, NULL, 1),
    (4, 3, 1, 2, 'N', 2, 100.00, '2023-02-03', '2023-02-10', '2023-02-10', '2024-02-09', '00000000-0000-0000-0007-000000000004', '2023-02-03', NULL, NULL, 1),
    (5, 1, 2, 1, 'N', 2, 200.00, '2023-01-12', '2023-01-20', '2023-01-20', '2024-01-19', '00000000-0000-0000-0007-000000000005', '2023-01-12', NULL, NULL, 1),
    (6, 2, 2, 2, 'R', 1, 200.00, '2024-05-01', '2024-06-01', NULL,         '2025-05-31', '00000000-0000-0000-0007-000000000006', '2024-05-01', NULL, NULL, 1),
    (7, 2, 2, 2, 'N', 1, 200.00, '2023-05-20', '2023-06-01', '2023-06-01', '2024-05-31', '00000000-0000-0000-0007-000000000007', '2023-05-20', '2023-05-21', 3, 1);

INSERT INTO "tblInsureePolicy" ("InsureePolicyID", "InsureeID", "PolicyId", "EnrollmentDate", "StartDate", "EffectiveDate",
        "ExpiryDate", "ValidityFrom", "ValidityTo", "AuditUserID") VALUES
    (1,  1, 1, '2023-01-10', '2023-01-15', '2023-01-15', '2024-01-14', '2023-01-10', NULL, 1),
    (2,  2, 1, '2023-01-10', '2023-01-15', '2023-01-15', '2024-01-14', '2023-01-10', NULL, 1),
    (3,  1, 2, '2024-01-05', '2024-01-15', '2024-01-15', '2025-01-14', '2024-01-05', NULL, 1),
    (4,  2, 2, '2024-01-05', '2024-01-15', '2024-01-15', '2025-01-14', '2024-01-05', NULL, 1),
    (5,  3, 3, '2023-05-20', '2023-06-01', '2023-06-01', '2024-05-31', '2023-05-20', NULL, 1),
    (6,  4, 3, '2023-05-20', '2023-06-01', '2023-06-01', '2024-05-31', '2023-05-20', NULL, 1),
    (7,  6, 3, '2023-05-20', '2023-06-01', '2023-06-01', '2024-05-31', '2023-05-20', NULL, 1),
    (8,  5, 4, '2023-02-03', '2023-02-10', '2023-02-10', '2024-02-09', '2023-02-03', NULL, 1),
    (9,  1, 5, '2023-01-12', '2023-01-20', '2023-01-20', '2024-01-19', '2023-01-12', NULL, 1),
    (10, 4, 3, '2023-05-20', '2023-06-01', '2023-06-01', '2024-05-31', '2023-05-20', '2023-05-21', 1);

INSERT INTO "tblPayer" ("PayerID", "PayerType", "PayerName", "PayerUUID", "ValidityFrom", "ValidityTo", "AuditUserID") VALUES
    (1, 'G', 'Gov Fund',  '00000000-0000-0000-0008-000000000001', '2020-01-01', NULL, 1),
    (2, 'D', 'Donor Org', '00000000-0000-0000-0008-000000000002', '2020-01-01', '2023-06-30', 1);

INSERT INTO "tblPremium" ("PremiumId", "PolicyID", "PayerID", "Amount", "Receipt", "PayDate", "PayType", "CreatedDate",
        "PremiumUUID", "ValidityFrom", "ValidityTo", "AuditUserID") VALUES
    (1, 1, NULL, 100.00, 'RC1', '2023-01-10', 'C', '2023-01-10', '00000000-0000-0000-0009-000000000001', '2023-01-10', NULL, 1),
    (2, 1, NULL,  50.00, 'RC2', '2023-01-25', 'C', '2023-01-25', '00000000-0000-0000-0009-000000000002', '2023-01-25', NULL, 1),
    (3, 3, 1,    200.00, 'RC3', '2023-05-20', 'B', '2023-05-20', '00000000-0000-0000-0009-000000000003', '2023-05-20', NULL, 1),
    (4, 4, 2,     80.00, 'RC4', '2023-02-03', 'C', '2023-02-03', '00000000-0000-0000-0009-000000000004', '2023-02-03', NULL, 1),
    (5, 2, NULL, 120.00, 'RC5', '2024-01-05', 'M', '2024-01-05', '00000000-0000-0000-0009-000000000005', '2024-01-05', NULL, 1),
    (6, 2, NULL, 999.00, 'RC6', '2024-01-05', 'M', '2024-01-05', '00000000-0000-0000-0009-000000000006', '2024-01-05', '2024-01-06', 1);

INSERT INTO "tblICDCodes" ("ICDID", "ICDCode", "ICDName", "ValidityFrom", "AuditUserID") VALUES
    (1, 'A00', 'Cholera', '2020-01-01', 1),
    (2, 'B50', 'Malaria', '2020-01-01', 1);

INSERT INTO "tblItems" ("ItemID", "ItemCode", "ItemName", "ItemType", "ItemPrice", "ItemCareType", "ItemPatCat",
        "ItemUUID", "ValidityFrom", "AuditUserID") VALUES
    (1, 'ITM1', 'Paracetamol', 'D', 10.00, 'B', 15, '00000000-0000-0000-0010-000000000001', '2020-01-01', 1),
    (2, 'ITM2', 'Bandage',     'M',  5.00, 'B', 15, '00000000-0000-0000-0010-000000000002', '2020-01-01', 1);

INSERT INTO "tblServices" ("ServiceID", "ServCode", "ServName", "ServType", "ServLevel", "ServPrice", "ServCareType",
        "ServPatCat", "ServiceUUID", "ValidityFrom", "AuditUserID") VALUES
    (1, 'SRV1', 'Checkup', 'P', 'D',  50.00, 'B', 15, '00000000-0000-0000-0011-000000000001', '2020-01-01', 1),
    (2, 'SRV2', 'Surgery', 'C', 'H', 300.00, 'I', 15, '00000000-0000-0000-0011-000000000002', '2020-01-01', 1);

INSERT INTO "tblClaim" ("ClaimID", "ClaimCode", "ClaimStatus", "HFID", "InsureeID", "ICDID", "VisitType",
        "DateFrom", "DateTo", "DateClaimed", "Feedback", "ClaimUUID", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID") VALUES
    (1, 'CLM001', 16, 1, 1, 1, 'E', '2023-03-01', '2023-03-04', '2023-03-05', true,  '00000000-0000-0000-0012-000000000001', '2023-03-06', NULL, NULL, 1),
    (2, 'CLM002',  8, 1, 2, 2, 'O', '2023-03-10', '2023-03-10', '2023-04-02', true,  '00000000-0000-0000-0012-000000000002', '2023-04-02', NULL, NULL, 1),
    (3, 'CLM003',  1, 2, 3, 1, 'O', '2023-05-02', NULL,         '2023-05-03', false, '00000000-0000-0000-0012-000000000003', '2023-05-03', NULL, NULL, 1),
    (4, 'CLM004',  2, 2, 4, 2, 'E', '2023-06-10', '2023-06-12', '2023-06-12', false, '00000000-0000-0000-0012-000000000004', '2023-06-12', NULL, NULL, 1),
    (5, 'CLM005',  4, 1, 5, 2, 'R', '2023-12-30', '2024-01-02', '2024-01-03', false, '00000000-0000-0000-0012-000000000005', '2024-01-03', NULL, NULL, 1),
    (6, 'CLM001',  4, 1, 1, 1, 'E', '2023-03-01', '2023-03-04', '2023-03-05', false, '00000000-0000-0000-0012-000000000006', '2023-03-05', '2023-03-06', 1, 1),
    (7, 'CLM007', 16, 1, 3, 2, 'O', '2024-02-05', '2024-02-05', '2024-02-06', true,  '00000000-0000-0000-0012-000000000007', '2024-02-06', NULL, NULL, 1),
    (8, 'CLM008',  8, 1, 1, 1, 'E', '2023-03-20', '2023-03-22', '2023-03-23', true,  '00000000-0000-0000-0012-000000000008', '2023-03-23', NULL, NULL, 1);

INSERT INTO "tblClaimItems" ("ClaimItemID", "ClaimID", "ItemID", "ProdID", "QtyProvided", "PriceAsked",
        "PriceValuated", "RemuneratedAmount", "RejectionReason", "ClaimItemStatus", "Availability",
        "ValidityFrom", "ValidityTo", "AuditUserID") VALUES
    (1, 1, 1, 1,    2, 10.00, 18.00, 18.00, 0, 1, true, '2023-03-06', NULL, 1),
    (2, 2, 1, 1,    3, 10.00, 30.00, 30.00, 0, 1, true, '2023-04-02', NULL, 1),
    (3, 2, 2, 1,    1,  5.00, NULL,  NULL,  1, 2, true, '2023-04-02', NULL, 1),
    (4, 3, 1, 3,    4, 10.00, NULL,  NULL,  2, 2, true, '2023-05-03', NULL, 1),
    (5, 4, 2, 2,    2,  5.00, NULL,  NULL,  0, 1, true, '2023-06-12', NULL, 1),
    (6, 5, 1, 1,    1, 10.00, NULL,  NULL,  0, 1, true, '2024-01-03', NULL, 1),
    (7, 7, 2, 2,    1,  5.00, 0.00,  0.00,  0, 1, true, '2024-02-06', NULL, 1),
    (8, 3, 2, NULL, 2,  5.00, NULL,  NULL,  2, 2, true, '2023-05-03', NULL, 1),
    (9, 8, 1, 1,    1, 10.00, 10.00, 10.00, 0, 1, true, '2023-03-23', NULL, 1);

INSERT INTO "tblClaimServices" ("ClaimServiceID", "ClaimID", "ServiceID", "ProdID", "QtyProvided", "PriceAsked",
        "PriceValuated", "RemuneratedAmount", "RejectionReason", "ClaimServiceStatus",
        "ValidityFrom", "ValidityTo", "AuditUserID") VALUES
    (1, 1, 1, 1, 1,  50.00,  45.00,  40.00, 0, 1, '2023-03-06', NULL, 1),
    (2, 1, 2, 2, 1, 300.00, 250.00, 200.00, 0, 1, '2023-03-06', NULL, 1),
    (3, 2, 1, 1, 1,  50.00,  50.00,  50.00, 0, 1, '2023-04-02', NULL, 1),
    (4, 3, 1, 2, 1,  60.00,  NULL,   NULL,  2, 2, '2023-05-03', NULL, 1),
    (5, 5, 2, 1, 1, 300.00, 280.00,  NULL,  0, 1, '2024-01-03', NULL, 1),
    (6, 7, 1, 2, 2,  25.00,  50.00,  50.00, 0, 1, '2024-02-06', NULL, 1),
    (7, 7, 2, 2, 1, 100.00, 100.00, 100.00, 0, 1, '2024-02-06', '2024-02-07', 1),
    (8, 8, 1, 1, 1,  50.00,  50.00,  45.00, 0, 1, '2023-03-23', NULL, 1);

INSERT INTO "tblFeedback" ("FeedbackID", "ClaimID", "CareRendered", "PaymentAsked", "DrugPrescribed", "DrugReceived",
        "Asessment", "FeedbackDate", "FeedbackUUID", "ValidityFrom", "ValidityTo", "AuditUserID") VALUES
    (1, 1, true,  false, true,  true,  4, '2023-03-20 12:00', '00000000-0000-0000-0013-000000000001', '2023-03-20', NULL, 1),
    (2, 7, true,  true,  false, false, 2, '2024-02-10 12:00', '00000000-0000-0000-0013-000000000002', '2024-02-10', NULL, 1),
    (3, 5, true,  true,  true,  true,  1, '2024-01-10 12:00', '00000000-0000-0000-0013-000000000003', '2024-01-10', '2024-01-11', 1),
    (4, 2, false, NULL,  true,  true,  5, '2023-03-25 12:00', '00000000-0000-0000-0013-000000000004', '2023-03-25', NULL, 1);

INSERT INTO "tblFeedbackPrompt" ("FeedbackPromptID", "ClaimID", "FeedbackPromptDate", "ValidityFrom", "ValidityTo", "AuditUserID") VALUES
    (1, 1, '2023-03-06', '2023-03-06', NULL, 1),
    (2, 7, '2024-02-06', '2024-02-06', NULL, 1),
    (3, 2, '2023-03-11', '2023-03-11', '2023-03-12', 1),
    (4, 8, '2023-03-23', '2023-03-23', NULL, 1);
