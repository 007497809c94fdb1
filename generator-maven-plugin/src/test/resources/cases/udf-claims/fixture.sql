-- Fixture for the udf* functions on policies, officers and claims (udfPolicyInsuree,
-- udfTotalPolicies, udfPolicyRenewal, udfSuspendedPolicies, udfPremiumComposition,
-- udfRenewedPoliciesPhoneStatistics, udfSuspendedPoliciesPhoneStatistics, udfTotalClaims,
-- udfRejectedClaims, udfRemunerated). Every row is there to make one figure of a case differ;
-- the comment at the end of a row says which. "live" = ValidityTo NULL.

-- Reference rows the foreign keys need
INSERT INTO "tblGender" ("Code", "Gender", "SortOrder") VALUES
    ('M', 'Male', 1), ('F', 'Female', 2), ('O', 'Other', 3);
INSERT INTO "tblLegalForms" ("LegalFormCode", "LegalForms", "SortOrder") VALUES ('G', 'Government', 1);
INSERT INTO "tblICDCodes" ("ICDID", "ICDCode", "ICDName", "ValidityFrom", "AuditUserID") VALUES
    (1, 'A00', 'Cholera', '2020-01-01', 0);
INSERT INTO "tblItems" ("ItemID", "ItemUUID", "ItemCode", "ItemName", "ItemType", "ItemPrice",
                        "ItemCareType", "ItemPatCat", "ValidityFrom", "AuditUserID") VALUES
    (1, '0000000a-0000-0000-0000-000000000001', 'IT0001', 'Paracetamol', 'D', 10.00, 'B', 15, '2020-01-01', 0);
INSERT INTO "tblServices" ("ServiceID", "ServiceUUID", "ServCode", "ServName", "ServType", "ServLevel",
                           "ServPrice", "ServCareType", "ServPatCat", "ValidityFrom", "AuditUserID") VALUES
    (1, '0000000b-0000-0000-0000-000000000001', 'SV0001', 'Consultation', 'P', '1', 20.00, 'B', 15, '2020-01-01', 0);

-- Locations: two regions, three districts, one ward and one village in each district.
--   R1 (1) > D11 (11) > W111 (111) > V1111 (1111)
--   R1 (1) > D12 (12) > W121 (121) > V1211 (1211)
--   R2 (2) > D21 (21) > W211 (211) > V2111 (2111)
INSERT INTO "tblLocations" ("LocationId", "LocationUUID", "LocationCode", "LocationName", "ParentLocationId",
                            "LocationType", "ValidityFrom", "AuditUserId") VALUES
    (1,    '0000000c-0000-0000-0000-000000000001', 'R1',    'Region One',   NULL, 'R', '2020-01-01', 0),
    (2,    '0000000c-0000-0000-0000-000000000002', 'R2',    'Region Two',   NULL, 'R', '2020-01-01', 0),
    (11,   '0000000c-0000-0000-0000-000000000011', 'D11',   'District 11',  1,    'D', '2020-01-01', 0),
    (12,   '0000000c-0000-0000-0000-000000000012', 'D12',   'District 12',  1,    'D', '2020-01-01', 0),
    (21,   '0000000c-0000-0000-0000-000000000021', 'D21',   'District 21',  2,    'D', '2020-01-01', 0),
    (111,  '0000000c-0000-0000-0000-000000000111', 'W111',  'Ward 111',     11,   'W', '2020-01-01', 0),
    (121,  '0000000c-0000-0000-0000-000000000121', 'W121',  'Ward 121',     12,   'W', '2020-01-01', 0),
    (211,  '0000000c-0000-0000-0000-000000000211', 'W211',  'Ward 211',     21,   'W', '2020-01-01', 0),
    (1111, '0000000c-0000-0000-0000-000000001111', 'V1111', 'Village 1111', 111,  'V', '2020-01-01', 0),
    (1211, '0000000c-0000-0000-0000-000000001211', 'V1211', 'Village 1211', 121,  'V', '2020-01-01', 0),
    (2111, '0000000c-0000-0000-0000-000000002111', 'V2111', 'Village 2111', 211,  'V', '2020-01-01', 0);

-- Health facilities
INSERT INTO "tblHF" ("HfID", "HfUUID", "HFCode", "HFName", "LegalForm", "HFLevel", "HFCareType", "LocationId",
                     "OffLine", "ValidityFrom", "ValidityTo", "AuditUserID") VALUES
    (1, '0000000d-0000-0000-0000-000000000001', 'HF1', 'Facility One',   'G', 'H', 'B', 11, false, '2020-01-01', NULL, 0),
    (2, '0000000d-0000-0000-0000-000000000002', 'HF2', 'Facility Two',   'G', 'H', 'B', 21, false, '2020-01-01', NULL, 0),
    -- placed in region R2 itself: counted by udfRejectedClaims/udfRemunerated, not by udfTotalClaims
    (3, '0000000d-0000-0000-0000-000000000003', 'HF3', 'Facility Three', 'G', 'D', 'B', 2,  false, '2020-01-01', NULL, 0),
    -- retired facility: never counted
    (4, '0000000d-0000-0000-0000-000000000004', 'HF4', 'Facility Four',  'G', 'D', 'B', 11, false, '2020-01-01', '2023-01-01', 0);

-- Products
--   P1: per head: premium adult 100, child 50; registration 10 a head; assembly 5 a head
--   P2: lump sums: premium 1000, registration 30, assembly 20 (per-head fees ignored)
--   P3: retired product row
--   P4: premium adult 60 a head, child price missing (NULL); lump sums 0 and per-head fees NULL
INSERT INTO "tblProduct" ("ProdID", "ProdUUID", "ProductCode", "ProductName", "DateFrom", "DateTo",
                          "InsurancePeriod", "GracePeriod", "MemberCount", "LumpSum", "PremiumAdult", "PremiumChild",
                          "RegistrationLumpSum", "RegistrationFee", "GeneralAssemblyLumpSum", "GeneralAssemblyFee",
                          "ValidityFrom", "ValidityTo", "AuditUserID") VALUES
    (1, '0000000e-0000-0000-0000-000000000001', 'P1', 'Product One',   '2020-01-01', '2030-12-31', 12, 0, 6,    0.00, 100.00, 50.00, NULL,  10.00, NULL,  5.00, '2020-01-01', NULL, 0),
    (2, '0000000e-0000-0000-0000-000000000002', 'P2', 'Product Two',   '2020-01-01', '2030-12-31', 12, 0, 6, 1000.00,   NULL,  NULL, 30.00,  9.00, 20.00, 7.00, '2020-01-01', NULL, 0),
    (3, '0000000e-0000-0000-0000-000000000003', 'P3', 'Product Three', '2020-01-01', '2030-12-31', 12, 0, 6,  500.00,   NULL,  NULL, NULL,  NULL,  NULL,  NULL, '2020-01-01', '2023-01-01', 0),
    (4, '0000000e-0000-0000-0000-000000000004', 'P4', 'Product Four',  '2020-01-01', '2030-12-31', 12, 0, 6,    0.00,  60.00,  NULL,  0.00,  NULL,  0.00, NULL, '2020-01-01', NULL, 0);

-- Enrolment officers. OfficerIDSubst = the officer who took this one over.
--   OF3 was taken over by OF1, OF4 by OF3: OF1's phone statistics count OF1, OF3 and OF4.
--   OF5 (retired row) names OF1 too, but retired officers are not followed.
--   OF6 and OF7 took each other over (a cycle).
INSERT INTO "tblOfficer" ("OfficerID", "OfficerUUID", "Code", "LastName", "OtherNames", "OfficerIDSubst",
                          "ValidityFrom", "ValidityTo", "AuditUserID") VALUES
    (1, '0000000f-0000-0000-0000-000000000001', 'OF1', 'Alpha',   'Ann',  NULL, '2020-01-01', NULL, 0),
    (2, '0000000f-0000-0000-0000-000000000002', 'OF2', 'Bravo',   'Ben',  NULL, '2020-01-01', NULL, 0),
    (3, '0000000f-0000-0000-0000-000000000003', 'OF3', 'Charlie', 'Cleo', 1,    '2020-01-01', NULL, 0),
    (4, '0000000f-0000-0000-0000-000000000004', 'OF4', 'Delta',   'Dan',  3,    '2020-01-01', NULL, 0),
    (5, '0000000f-0000-0000-0000-000000000005', 'OF5', 'Echo',    'Eve',  1,    '2020-01-01', '2023-01-01', 0),
    (6, '0000000f-0000-0000-0000-000000000006', 'OF6', 'Foxtrot', 'Fay',  7,    '2020-01-01', NULL, 0),
    (7, '0000000f-0000-0000-0000-000000000007', 'OF7', 'Golf',    'Gus',  6,    '2020-01-01', NULL, 0);

-- Families (head insuree in brackets)
--   F1 in V1111 (R1/D11) [I1 M]; F2 in V1211 (R1/D12) [I5 O]; F3 in V2111 (R2/D21) [I8 F];
--   F4 in V2111 but retired: never counted where the family is joined.
INSERT INTO "tblFamilies" ("FamilyID", "FamilyUUID", "InsureeID", "LocationId", "ValidityFrom", "ValidityTo", "AuditUserID") VALUES
    (1, '00000010-0000-0000-0000-000000000001', 1,  1111, '2020-01-01', NULL, 0),
    (2, '00000010-0000-0000-0000-000000000002', 5,  1211, '2020-01-01', NULL, 0),
    (3, '00000010-0000-0000-0000-000000000003', 8,  2111, '2020-01-01', NULL, 0),
    (4, '00000010-0000-0000-0000-000000000004', 10, 2111, '2020-01-01', '2023-02-01', 0);

-- Insurees. Live members by gender: F1 M,F,M; F2 F,O,(no gender); F3 M,F.
INSERT INTO "tblInsuree" ("InsureeID", "InsureeUUID", "FamilyID", "CHFID", "LastName", "OtherNames", "DOB", "Gender",
                          "IsHead", "CardIssued", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID") VALUES
    (1,  '00000011-0000-0000-0000-000000000001', 1, '100000001', 'One',   'Adam',  '1980-05-01', 'M',  true,  false, '2020-01-01', NULL, NULL, 0),
    -- born 2005-12-31: 17 on 2023-01-15, but DATEDIFF(YEAR) says 18, so an adult for udfPremiumComposition
    (2,  '00000011-0000-0000-0000-000000000002', 1, '100000002', 'One',   'Beth',  '2005-12-31', 'F',  false, false, '2020-01-01', NULL, NULL, 0),
    (3,  '00000011-0000-0000-0000-000000000003', 1, '100000003', 'One',   'Carl',  '2015-08-01', 'M',  false, false, '2020-01-01', NULL, NULL, 0),
    -- history copy of I1: never counted
    (9,  '00000011-0000-0000-0000-000000000009', 1, '100000001', 'One',   'Adam',  '1980-05-01', 'M',  true,  false, '2019-01-01', '2020-01-01', 1, 0),
    (4,  '00000011-0000-0000-0000-000000000004', 2, '100000004', 'Two',   'Dora',  '1990-02-02', 'F',  false, false, '2020-01-01', NULL, NULL, 0),
    (5,  '00000011-0000-0000-0000-000000000005', 2, '100000005', 'Two',   'Eli',   '1992-03-03', 'O',  true,  false, '2020-01-01', NULL, NULL, 0),
    -- no gender: makes no count
    (6,  '00000011-0000-0000-0000-000000000006', 2, '100000006', 'Two',   'Finn',  '2020-01-01', NULL, false, false, '2020-01-01', NULL, NULL, 0),
    (7,  '00000011-0000-0000-0000-000000000007', 3, '100000007', 'Three', 'Gabe',  '1975-01-01', 'M',  false, false, '2020-01-01', NULL, NULL, 0),
    (8,  '00000011-0000-0000-0000-000000000008', 3, '100000008', 'Three', 'Hana',  '1978-01-01', 'F',  true,  false, '2020-01-01', NULL, NULL, 0),
    (10, '00000011-0000-0000-0000-000000000010', 4, '100000010', 'Four',  'Ida',   '1970-01-01', 'F',  true,  false, '2020-01-01', NULL, NULL, 0);

-- Policies. PolicyStatus: 1 idle, 2 active, 4 suspended, 8 expired. PolicyStage: N new, R renewal.
-- ValidityFrom is noon UTC so that month() reads the same day in any usual session time zone.
INSERT INTO "tblPolicy" ("PolicyID", "PolicyUUID", "FamilyID", "ProdID", "OfficerID", "PolicyStatus", "PolicyStage",
                         "EnrollDate", "StartDate", "EffectiveDate", "ExpiryDate", "ValidityFrom", "ValidityTo", "AuditUserID") VALUES
    (1,  '00000012-0000-0000-0000-000000000001', 1, 1, 1,    2, 'N', '2023-01-10', '2023-01-15', '2023-01-15', '2024-01-14', '2023-01-10 12:00+00', NULL, 0),
    (2,  '00000012-0000-0000-0000-000000000002', 2, 1, 2,    2, 'N', '2023-02-01', '2023-02-01', '2023-02-01', '2024-01-31', '2023-02-01 12:00+00', NULL, 0),
    -- expires 2023-06-30: in force on 2023-06-29, not on 2023-06-30
    (3,  '00000012-0000-0000-0000-000000000003', 3, 2, 1,    8, 'N', '2022-06-20', '2022-07-01', '2022-07-01', '2023-06-30', '2023-07-01 12:00+00', NULL, 0),
    (4,  '00000012-0000-0000-0000-000000000004', 1, 2, 2,    2, 'R', '2023-03-05', '2023-03-10', '2023-03-10', '2024-03-09', '2023-03-05 12:00+00', NULL, 0),
    -- idle renewal: not a renewal for udfPolicyRenewal (status 1), but one for the phone statistics
    (5,  '00000012-0000-0000-0000-000000000005', 2, 2, 1,    1, 'R', '2023-03-08', '2023-03-08', NULL,         '2024-03-07', '2023-03-08 12:00+00', NULL, 0),
    -- suspended renewal, suspended in March 2023
    (6,  '00000012-0000-0000-0000-000000000006', 3, 1, 3,    4, 'R', '2023-03-20', '2023-04-01', '2023-04-01', '2024-03-31', '2023-03-25 12:00+00', NULL, 0),
    -- retired product P3: left out by udfPolicyInsuree/udfTotalPolicies/udfPremiumComposition, counted by udfPolicyRenewal
    (7,  '00000012-0000-0000-0000-000000000007', 1, 3, 1,    2, 'R', '2023-03-15', '2023-03-15', '2023-03-15', '2024-03-14', '2023-03-15 12:00+00', NULL, 0),
    -- history row: never counted
    (8,  '00000012-0000-0000-0000-000000000008', 2, 1, 2,    2, 'R', '2023-03-25', '2023-03-25', '2023-03-25', '2024-03-24', '2023-03-25 12:00+00', '2023-03-26 12:00+00', 0),
    -- no officer: in mode 1 only
    (9,  '00000012-0000-0000-0000-000000000009', 2, 1, NULL, 2, 'R', '2023-03-28', '2023-04-01', '2023-04-01', '2024-03-31', '2023-03-28 12:00+00', NULL, 0),
    -- retired family F4: only the phone statistics (no family join) count it
    (10, '00000012-0000-0000-0000-000000000010', 4, 1, 1,    4, 'R', '2023-03-10', '2023-03-10', '2023-03-10', '2024-03-09', '2023-03-12 12:00+00', NULL, 0),
    -- suspended in May 2023
    (11, '00000012-0000-0000-0000-000000000011', 3, 2, 4,    4, 'N', '2022-09-01', '2022-09-01', '2022-09-01', '2023-08-31', '2023-05-10 12:00+00', NULL, 0),
    -- renewal of April 2023 by a retired officer row; in force from 2023-07-01
    (12, '00000012-0000-0000-0000-000000000012', 1, 1, 5,    2, 'R', '2023-04-10', '2023-07-01', '2023-07-01', '2024-06-30', '2023-04-10 12:00+00', NULL, 0),
    -- idle renewals of June 2023 by the officers in a substitution cycle
    (13, '00000012-0000-0000-0000-000000000013', 3, 2, 6,    1, 'R', '2023-06-05', '2023-06-05', NULL,         '2024-06-04', '2023-06-05 12:00+00', NULL, 0),
    (14, '00000012-0000-0000-0000-000000000014', 3, 2, 7,    1, 'R', '2023-06-10', '2023-06-10', NULL,         '2024-06-09', '2023-06-10 12:00+00', NULL, 0),
    -- suspended in March 2023
    (15, '00000012-0000-0000-0000-000000000015', 1, 1, 1,    4, 'N', '2023-02-01', '2023-02-01', '2023-02-01', '2024-01-31', '2023-03-02 12:00+00', NULL, 0),
    (16, '00000012-0000-0000-0000-000000000016', 2, 2, 1,    4, 'N', '2022-12-01', '2022-12-01', '2022-12-01', '2023-11-30', '2023-03-30 12:00+00', NULL, 0),
    -- idle new policy of P4 (premium composition only)
    (17, '00000012-0000-0000-0000-000000000017', 3, 4, 2,    1, 'N', '2023-07-01', '2023-07-01', NULL,         '2024-06-30', '2023-07-01 12:00+00', NULL, 0),
    -- suspended in January 2023, by OF7 (in the cycle), expired in May 2023
    (18, '00000012-0000-0000-0000-000000000018', 3, 2, 7,    4, 'N', '2022-06-01', '2022-06-01', '2022-06-01', '2023-05-31', '2023-01-15 12:00+00', NULL, 0);

-- Insurees on policies (udfPremiumComposition)
INSERT INTO "tblInsureePolicy" ("InsureePolicyID", "InsureeID", "PolicyId", "EnrollmentDate", "StartDate", "EffectiveDate",
                                "ExpiryDate", "ValidityFrom", "ValidityTo", "AuditUserID") VALUES
    (1,  1, 1,  '2023-01-10', '2023-01-15', '2023-01-15', '2024-01-14', '2023-01-10', NULL, 0),
    (2,  2, 1,  '2023-01-10', '2023-01-15', '2023-01-15', '2024-01-14', '2023-01-10', NULL, 0),
    (3,  3, 1,  '2023-01-10', '2023-01-15', '2023-01-15', '2024-01-14', '2023-01-10', NULL, 0),
    (4,  9, 1,  '2023-01-10', '2023-01-15', '2023-01-15', '2024-01-14', '2023-01-10', NULL, 0),          -- history insuree: left out
    (5,  1, 1,  '2023-01-10', '2023-01-15', '2023-01-15', '2024-01-14', '2023-01-01', '2023-01-10', 0),  -- history row: left out
    (6,  4, 2,  '2023-02-01', '2023-02-01', '2023-02-01', '2024-01-31', '2023-02-01', NULL, 0),
    (7,  6, 2,  '2023-02-01', '2023-02-01', '2023-02-01', '2024-01-31', '2023-02-01', NULL, 0),
    (8,  1, 4,  '2023-03-05', '2023-03-10', '2023-03-10', '2024-03-09', '2023-03-05', NULL, 0),
    (9,  2, 4,  '2023-03-05', '2023-03-10', '2023-03-10', '2024-03-09', '2023-03-05', NULL, 0),
    (10, 3, 4,  '2023-03-05', '2023-03-10', NULL,         '2024-03-09', '2023-03-05', NULL, 0),          -- not effective: left out
    (11, 7, 6,  '2023-03-20', '2023-04-01', '2023-04-01', '2024-03-31', '2023-03-20', NULL, 0),
    (12, 8, 6,  '2023-03-20', '2023-04-01', '2023-04-01', '2024-03-31', '2023-03-20', NULL, 0),
    (13, 1, 7,  '2023-03-15', '2023-03-15', '2023-03-15', '2024-03-14', '2023-03-15', NULL, 0),          -- retired product: left out
    (14, 4, 8,  '2023-03-25', '2023-03-25', '2023-03-25', '2024-03-24', '2023-03-25', NULL, 0),          -- history policy: left out
    (15, 4, 16, '2022-12-01', '2022-12-01', '2022-12-01', '2023-11-30', '2022-12-01', NULL, 0),
    (16, 5, 16, '2022-12-01', '2022-12-01', '2022-12-01', '2023-11-30', '2022-12-01', NULL, 0),
    (17, 7, 17, '2023-07-01', '2023-07-01', '2023-07-01', '2024-06-30', '2023-07-01', NULL, 0),
    (18, 8, 17, '2023-07-01', '2023-07-01', '2023-07-01', '2024-06-30', '2023-07-01', NULL, 0);

-- Claims. ClaimStatus: 1 rejected, 2 entered, 4 checked, 8 processed, 16 valuated.
-- Line status: 1 passed, 2 rejected.
INSERT INTO "tblClaim" ("ClaimID", "ClaimUUID", "ClaimCode", "InsureeID", "HFID", "ICDID", "DateClaimed", "DateFrom",
                        "ClaimStatus", "Feedback", "ValidityFrom", "ValidityTo", "AuditUserID") VALUES
    (1,  '00000013-0000-0000-0000-000000000001', 'C1',  1, 1, 1, '2023-05-03', '2023-05-03', 1,  false, '2023-05-03', NULL, 0),
    (2,  '00000013-0000-0000-0000-000000000002', 'C2',  1, 1, 1, '2023-05-10', '2023-05-10', 1,  false, '2023-05-10', NULL, 0),
    (3,  '00000013-0000-0000-0000-000000000003', 'C3',  2, 1, 1, '2023-05-12', '2023-05-12', 16, false, '2023-05-12', NULL, 0),
    (4,  '00000013-0000-0000-0000-000000000004', 'C4',  7, 2, 1, '2023-05-15', '2023-05-15', 16, false, '2023-05-15', NULL, 0),
    (5,  '00000013-0000-0000-0000-000000000005', 'C5',  8, 3, 1, '2023-05-20', '2023-05-20', 1,  false, '2023-05-20', NULL, 0),
    (6,  '00000013-0000-0000-0000-000000000006', 'C6',  7, 2, 1, '2023-05-21', '2023-05-21', 4,  false, '2023-05-21', NULL, 0),
    (7,  '00000013-0000-0000-0000-000000000007', 'C7',  1, 1, 1, '2023-06-01', '2023-06-01', 1,  false, '2023-06-01', NULL, 0),   -- June
    (8,  '00000013-0000-0000-0000-000000000008', 'C8',  1, 4, 1, '2023-05-05', '2023-05-05', 1,  false, '2023-05-05', NULL, 0),   -- retired facility
    (9,  '00000013-0000-0000-0000-000000000009', 'C9',  1, 1, 1, '2023-05-06', '2023-05-06', 1,  false, '2023-05-06', '2023-05-07', 0),  -- history row
    (10, '00000013-0000-0000-0000-000000000010', 'C10', 8, 2, 1, '2023-05-25', '2023-05-25', 16, false, '2023-05-25', NULL, 0),
    (11, '00000013-0000-0000-0000-000000000011', 'C11', 8, 3, 1, '2023-05-26', '2023-05-26', 16, false, '2023-05-26', NULL, 0),
    (12, '00000013-0000-0000-0000-000000000012', 'C12', 7, 2, 1, '2023-05-28', '2023-05-28', 1,  false, '2023-05-28', NULL, 0),
    -- March 2019, cents on both lines (udfRemunerated only; no other case reads that month)
    (13, '00000013-0000-0000-0000-000000000013', 'C13', 1, 1, 1, '2019-03-08', '2019-03-08', 16, false, '2019-03-08', NULL, 0);

INSERT INTO "tblClaimItems" ("ClaimItemID", "ClaimID", "ItemID", "ProdID", "QtyProvided", "PriceAsked", "ClaimItemStatus",
                             "Availability", "RemuneratedAmount", "ValidityFrom", "ValidityTo", "AuditUserID") VALUES
    (1,  1,  1, 1,    1, 10.00, 2, true, NULL,    '2023-05-03', NULL, 0),
    (2,  2,  1, 1,    1, 10.00, 2, true, NULL,    '2023-05-10', NULL, 0),
    (3,  2,  1, 1,    2, 10.00, 2, true, NULL,    '2023-05-10', NULL, 0),          -- same claim, same product: C2 counts once
    (4,  3,  1, 1,    1, 10.00, 1, true, 120.75,  '2023-05-12', NULL, 0),
    (5,  3,  1, 1,    1, 10.00, 2, true, 999.00,  '2023-05-12', NULL, 0),          -- rejected line: not remunerated
    (6,  4,  1, 1,    1, 10.00, 1, true, 200.00,  '2023-05-15', NULL, 0),
    (7,  4,  1, 2,    1, 10.00, 1, true, 1000.00, '2023-05-15', '2023-05-16', 0),  -- history line: left out
    (8,  5,  1, 2,    1, 10.00, 2, true, NULL,    '2023-05-20', NULL, 0),
    (9,  6,  1, 2,    1, 10.00, 1, true, NULL,    '2023-05-21', NULL, 0),
    (10, 7,  1, 1,    1, 10.00, 2, true, NULL,    '2023-06-01', NULL, 0),
    (11, 8,  1, 1,    1, 10.00, 2, true, NULL,    '2023-05-05', NULL, 0),
    (12, 9,  1, 1,    1, 10.00, 2, true, NULL,    '2023-05-06', NULL, 0),
    (13, 10, 1, 2,    1, 10.00, 1, true, NULL,    '2023-05-25', NULL, 0),          -- passed, no amount: counts 0
    (14, 11, 1, 2,    1, 10.00, 1, true, 40.00,   '2023-05-26', NULL, 0),
    (15, 13, 1, 4,    1, 12.75, 1, true, 12.75,   '2019-03-08', NULL, 0);

INSERT INTO "tblClaimServices" ("ClaimServiceID", "ClaimID", "ServiceID", "ProdID", "QtyProvided", "PriceAsked",
                                "ClaimServiceStatus", "RemuneratedAmount", "ValidityFrom", "ValidityTo", "AuditUserID") VALUES
    (1, 1,  1, NULL, 1, 20.00, 2, NULL,   '2023-05-03', NULL, 0),                 -- no product: a NULL group
    (2, 3,  1, 2,    1, 20.00, 1, 80.00,  '2023-05-12', NULL, 0),
    (3, 4,  1, 1,    1, 20.00, 1, 300.25, '2023-05-15', NULL, 0),
    (4, 12, 1, 1,    1, 20.00, 2, NULL,   '2023-05-28', NULL, 0),
    (5, 13, 1, 4,    1, 0.50,  1, 0.50,   '2019-03-08', NULL, 0);
