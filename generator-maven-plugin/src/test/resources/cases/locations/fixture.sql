-- Location tree (ids chosen so that the parent is visible in the id):
--   region 1 R1 North
--     district 11 D11 Lakeside       (history copy 91 "Lakeside Old", ValidityTo set, LegacyID 11)
--       ward 111 W111 Harbour        villages 1111 V1111 Pier, 1112 V1112 Dock
--       ward 112 W112 Marsh          village  1121 V1121 Reeds
--     district 12 D12 Hills          no live ward
--       ward 121 W121 Ridge          DELETED (ValidityTo set)
--         village 1211 V1211 Summit  live, but its ward is deleted
--   region 2 R2 South
--     district 21 D21 Coast
--       ward 211 W211 Bay            villages 2111 V2111 Sands, 2112 V2112 Rocks (DELETED)
INSERT INTO "tblLocations"
    ("LocationId", "LocationUUID", "LocationCode", "LocationName", "ParentLocationId", "LocationType",
     "MalePopulation", "FemalePopulation", "OtherPopulation", "Families",
     "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserId", "RowId")
VALUES
    (1,    'a0000000-0000-0000-0000-000000000001', 'R1',    'North',        NULL, 'R', NULL, NULL, NULL, NULL, '2019-01-01 00:00:00+00', NULL, NULL, 7, 'row-r1'),
    (2,    'a0000000-0000-0000-0000-000000000002', 'R2',    'South',        NULL, 'R', NULL, NULL, NULL, NULL, '2019-01-01 00:00:00+00', NULL, NULL, 7, NULL),
    (11,   'a0000000-0000-0000-0000-000000000011', 'D11',   'Lakeside',     1,    'D', NULL, NULL, NULL, NULL, '2020-07-01 00:00:00+00', NULL, NULL, 8, 'row-d11'),
    (91,   'a0000000-0000-0000-0000-000000000091', 'D11',   'Lakeside Old', 1,    'D', NULL, NULL, NULL, NULL, '2019-01-01 00:00:00+00', '2020-06-30 00:00:00+00', 11, 7, NULL),
    (12,   'a0000000-0000-0000-0000-000000000012', 'D12',   'Hills',        1,    'D', NULL, NULL, NULL, NULL, '2019-01-01 00:00:00+00', NULL, NULL, 7, NULL),
    (21,   'a0000000-0000-0000-0000-000000000021', 'D21',   'Coast',        2,    'D', NULL, NULL, NULL, NULL, '2019-01-01 00:00:00+00', NULL, NULL, 7, NULL),
    (111,  'a0000000-0000-0000-0000-000000000111', 'W111',  'Harbour',      11,   'W', NULL, NULL, NULL, NULL, '2019-01-01 00:00:00+00', NULL, NULL, 7, NULL),
    (112,  'a0000000-0000-0000-0000-000000000112', 'W112',  'Marsh',        11,   'W', NULL, NULL, NULL, NULL, '2019-01-01 00:00:00+00', NULL, NULL, 7, NULL),
    (121,  'a0000000-0000-0000-0000-000000000121', 'W121',  'Ridge',        12,   'W', NULL, NULL, NULL, NULL, '2019-01-01 00:00:00+00', '2021-03-01 00:00:00+00', NULL, 9, NULL),
    (211,  'a0000000-0000-0000-0000-000000000211', 'W211',  'Bay',          21,   'W', NULL, NULL, NULL, NULL, '2019-01-01 00:00:00+00', NULL, NULL, 7, NULL),
    (1111, 'a0000000-0000-0000-0000-000000001111', 'V1111', 'Pier',         111,  'V', 120,  130,  2,    60,   '2019-01-01 00:00:00+00', NULL, NULL, 7, NULL),
    (1112, 'a0000000-0000-0000-0000-000000001112', 'V1112', 'Dock',         111,  'V', 40,   45,   NULL, 20,   '2019-01-01 00:00:00+00', NULL, NULL, 7, NULL),
    (1121, 'a0000000-0000-0000-0000-000000001121', 'V1121', 'Reeds',        112,  'V', NULL, NULL, NULL, NULL, '2019-01-01 00:00:00+00', NULL, NULL, 7, NULL),
    (1211, 'a0000000-0000-0000-0000-000000001211', 'V1211', 'Summit',       121,  'V', 10,   11,   0,    5,    '2019-01-01 00:00:00+00', NULL, NULL, 7, NULL),
    (2111, 'a0000000-0000-0000-0000-000000002111', 'V2111', 'Sands',        211,  'V', 300,  310,  5,    150,  '2019-01-01 00:00:00+00', NULL, NULL, 7, NULL),
    (2112, 'a0000000-0000-0000-0000-000000002112', 'V2112', 'Rocks',        211,  'V', 1,    1,    0,    1,    '2019-01-01 00:00:00+00', '2022-01-01 00:00:00+00', NULL, 9, NULL);

-- What a claim needs: a health facility (in district 11), a diagnosis, an insuree and its family.
INSERT INTO "tblLegalForms" ("LegalFormCode", "LegalForms") VALUES ('G', 'Government');

INSERT INTO "tblHF"
    ("HfID", "HfUUID", "HFCode", "HFName", "LegalForm", "HFLevel", "HFCareType", "LocationId",
     "OffLine", "ValidityFrom", "AuditUserID")
VALUES (1, 'b0000000-0000-0000-0000-000000000001', 'HF1', 'Lakeside Clinic', 'G', 'D', 'B', 11,
        false, '2019-01-01 00:00:00+00', 7);

INSERT INTO "tblICDCodes" ("ICDID", "ICDCode", "ICDName", "ValidityFrom", "AuditUserID")
VALUES (1, 'A00', 'Cholera', '2019-01-01 00:00:00+00', 7);

INSERT INTO "tblFamilies" ("FamilyID", "FamilyUUID", "InsureeID", "LocationId", "ValidityFrom", "AuditUserID")
VALUES (1, 'c0000000-0000-0000-0000-000000000001', 1, 1111, '2019-01-01 00:00:00+00', 7);

INSERT INTO "tblInsuree"
    ("InsureeID", "InsureeUUID", "FamilyID", "CHFID", "LastName", "OtherNames", "DOB", "IsHead",
     "CardIssued", "ValidityFrom", "AuditUserID")
VALUES (1, 'd0000000-0000-0000-0000-000000000001', 1, '100000001', 'Doe', 'Jane', '1980-05-17', true,
        false, '2019-01-01 00:00:00+00', 7);

-- Claims 1..4; claim 3 has no attachment.
INSERT INTO "tblClaim"
    ("ClaimID", "ClaimUUID", "ClaimCode", "InsureeID", "HFID", "ICDID", "DateFrom", "DateClaimed",
     "ClaimStatus", "Feedback", "ValidityFrom", "AuditUserID")
VALUES
    (1, 'e0000000-0000-0000-0000-000000000001', 'CL1', 1, 1, 1, '2024-01-10', '2024-01-11', 2, false, '2024-01-11 00:00:00+00', 7),
    (2, 'e0000000-0000-0000-0000-000000000002', 'CL2', 1, 1, 1, '2024-02-10', '2024-02-11', 2, false, '2024-02-11 00:00:00+00', 7),
    (3, 'e0000000-0000-0000-0000-000000000003', 'CL3', 1, 1, 1, '2024-03-10', '2024-03-11', 2, false, '2024-03-11 00:00:00+00', 7),
    (4, 'e0000000-0000-0000-0000-000000000004', 'CL4', 1, 1, 1, '2024-04-10', '2024-04-11', 2, false, '2024-04-11 00:00:00+00', 7);

-- Attachments: claim 1 has two live ones and one replaced (ValidityTo set); claim 2 one live one;
-- claim 4 only a replaced one.
INSERT INTO "claim_ClaimAttachment" ("id", "claim_id", "title", "filename", "ValidityFrom", "ValidityTo")
VALUES
    ('f0000000-0000-0000-0000-000000000001', 1, 'Invoice',      'inv1.pdf',  '2024-01-11 00:00:00+00', NULL),
    ('f0000000-0000-0000-0000-000000000002', 1, 'Prescription', 'rx1.pdf',   '2024-01-11 00:00:00+00', NULL),
    ('f0000000-0000-0000-0000-000000000003', 1, 'Invoice (old)', 'inv0.pdf', '2024-01-10 00:00:00+00', '2024-01-11 00:00:00+00'),
    ('f0000000-0000-0000-0000-000000000004', 2, 'Invoice',      'inv2.pdf',  '2024-02-11 00:00:00+00', NULL),
    ('f0000000-0000-0000-0000-000000000005', 4, 'Invoice (old)', 'inv4.pdf', '2024-04-11 00:00:00+00', '2024-04-12 00:00:00+00');
