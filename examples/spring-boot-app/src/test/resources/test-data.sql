-- A small openIMIS of two health facilities, three families and their policies and claims. Rows with a
-- ValidityTo are old versions (openIMIS keeps them); the queries of the example must leave them out.

insert into "tblLocations" ("LocationId", "LocationUUID", "LocationCode", "LocationName", "LocationType", "ValidityFrom")
values (1, 'a1b2c3d4-0000-4000-8000-000000000001', 'D1', 'Lake District', 'D', '2025-01-01T00:00:00Z');

insert into "tblLegalForms" ("LegalFormCode", "LegalForms") values ('G', 'Government');

insert into "tblHF" ("HfID", "HfUUID", "HFCode", "HFName", "LegalForm", "HFLevel", "LocationId", "HFCareType",
                     "OffLine", "ValidityFrom", "AuditUserID")
values (1, 'a1b2c3d4-0000-4000-8000-000000000101', 'HF001', 'Lakeside Hospital', 'G', 'H', 1, 'B', false, '2025-01-01T00:00:00Z', 1),
       (2, 'a1b2c3d4-0000-4000-8000-000000000102', 'HF002', 'Hill Dispensary', 'G', 'D', 1, 'O', false, '2025-01-01T00:00:00Z', 1);

-- families and their heads reference each other; the foreign keys are deferred to the commit
insert into "tblFamilies" ("FamilyID", "FamilyUUID", "InsureeID", "LocationId", "FamilyAddress", "ValidityFrom", "AuditUserID")
values (1, 'a1b2c3d4-0000-4000-8000-000000000201', 1, 1, 'Plot 12, Lake Road', '2025-01-01T00:00:00Z', 1),
       (2, 'a1b2c3d4-0000-4000-8000-000000000202', 3, 1, 'Plot 7, Hill Road', '2025-01-01T00:00:00Z', 1),
       (3, 'a1b2c3d4-0000-4000-8000-000000000203', 4, 1, 'Plot 3, Market Street', '2025-01-01T00:00:00Z', 1);

insert into "tblInsuree" ("InsureeID", "InsureeUUID", "FamilyID", "CHFID", "LastName", "OtherNames", "DOB", "IsHead",
                          "CardIssued", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID")
values (1, 'a1b2c3d4-0000-4000-8000-000000000301', 1, '100000001', 'Mwangi', 'Amina', '1980-03-14', true, true, '2025-02-01T00:00:00Z', null, null, 1),
       (2, 'a1b2c3d4-0000-4000-8000-000000000302', 1, '100000002', 'Mwangi', 'Baraka', '2010-07-02', false, true, '2025-01-01T00:00:00Z', null, null, 1),
       (3, 'a1b2c3d4-0000-4000-8000-000000000303', 2, '100000003', 'Otieno', 'Chausiku', '1975-11-30', true, true, '2025-01-01T00:00:00Z', null, null, 1),
       (4, 'a1b2c3d4-0000-4000-8000-000000000304', 3, '100000004', 'Banda', 'Daudi', '1990-05-21', true, false, '2025-01-01T00:00:00Z', null, null, 1),
       (5, 'a1b2c3d4-0000-4000-8000-000000000305', 3, '100000005', 'Banda', 'Esther', '1992-09-09', false, false, '2025-01-01T00:00:00Z', null, null, 1),
       (6, 'a1b2c3d4-0000-4000-8000-000000000306', 3, '100000006', 'Achieng', 'Faraji', '2015-01-17', false, false, '2025-01-01T00:00:00Z', null, null, 1),
       -- insuree 1 before her name was corrected: an old version with the same CHFID
       (7, 'a1b2c3d4-0000-4000-8000-000000000307', 1, '100000001', 'Mwangy', 'Amina', '1980-03-14', true, true, '2025-01-01T00:00:00Z', '2025-02-01T00:00:00Z', 1, 1);

insert into "tblProduct" ("ProdID", "ProdUUID", "ProductCode", "ProductName", "InsurancePeriod", "DateFrom", "DateTo",
                          "LumpSum", "MemberCount", "GracePeriod", "ValidityFrom", "AuditUserID")
values (1, 'a1b2c3d4-0000-4000-8000-000000000401', 'BASIC', 'Basic cover', 12, '2025-01-01T00:00:00Z', '2030-12-31T00:00:00Z', 10000.00, 6, 1, '2025-01-01T00:00:00Z', 1),
       (2, 'a1b2c3d4-0000-4000-8000-000000000402', 'DENTAL', 'Dental cover', 12, '2025-01-01T00:00:00Z', '2030-12-31T00:00:00Z', 2000.00, 6, 1, '2025-01-01T00:00:00Z', 1);

-- PolicyStatus: 1 idle, 2 active, 4 suspended, 8 expired
insert into "tblPolicy" ("PolicyID", "PolicyUUID", "FamilyID", "EnrollDate", "StartDate", "ExpiryDate", "PolicyStatus",
                         "ProdID", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID")
values (1, 'a1b2c3d4-0000-4000-8000-000000000501', 1, '2025-06-20', '2025-07-01', '2026-06-30', 2, 1, '2025-06-20T00:00:00Z', null, null, 1),
       (2, 'a1b2c3d4-0000-4000-8000-000000000502', 1, '2024-06-20', '2024-07-01', '2025-06-30', 8, 1, '2024-06-20T00:00:00Z', null, null, 1),
       (3, 'a1b2c3d4-0000-4000-8000-000000000503', 1, '2025-06-20', '2025-07-01', '2026-06-30', 2, 1, '2025-06-01T00:00:00Z', '2025-06-20T00:00:00Z', 1, 1),
       (4, 'a1b2c3d4-0000-4000-8000-000000000504', 2, '2025-01-10', '2025-02-01', '2026-01-31', 2, 1, '2025-01-10T00:00:00Z', null, null, 1),
       (5, 'a1b2c3d4-0000-4000-8000-000000000505', 1, '2025-12-20', '2026-01-01', '2026-12-31', 2, 2, '2025-12-20T00:00:00Z', null, null, 1),
       (6, 'a1b2c3d4-0000-4000-8000-000000000506', 1, '2026-01-05', '2026-02-01', '2027-01-31', 1, 2, '2026-01-05T00:00:00Z', null, null, 1);

insert into "tblICDCodes" ("ICDID", "ICDCode", "ICDName", "ValidityFrom", "AuditUserID")
values (1, 'B54', 'Unspecified malaria', '2025-01-01T00:00:00Z', 1);

insert into "tblItems" ("ItemID", "ItemUUID", "ItemCode", "ItemName", "ItemType", "ItemPrice", "ItemCareType",
                        "ItemPatCat", "ValidityFrom", "AuditUserID")
values (1, 'a1b2c3d4-0000-4000-8000-000000000601', 'ALU', 'Artemether/lumefantrine 20/120 mg', 'D', 2.50, 'B', 15, '2025-01-01T00:00:00Z', 1),
       (2, 'a1b2c3d4-0000-4000-8000-000000000602', 'PCM', 'Paracetamol 500 mg', 'D', 0.10, 'B', 15, '2025-01-01T00:00:00Z', 1);

insert into "tblServices" ("ServiceID", "ServiceUUID", "ServCode", "ServName", "ServType", "ServLevel", "ServPrice",
                           "ServCareType", "ServPatCat", "ValidityFrom", "AuditUserID")
values (1, 'a1b2c3d4-0000-4000-8000-000000000701', 'OPD', 'Outpatient consultation', 'P', 'S', 5.00, 'O', 15, '2025-01-01T00:00:00Z', 1),
       (2, 'a1b2c3d4-0000-4000-8000-000000000702', 'MRDT', 'Malaria rapid test', 'P', 'S', 1.50, 'O', 15, '2025-01-01T00:00:00Z', 1);

insert into "tblClaim" ("ClaimID", "ClaimUUID", "InsureeID", "ClaimCode", "DateFrom", "ICDID", "ClaimStatus",
                        "DateClaimed", "Feedback", "HFID", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID")
values (1, 'a1b2c3d4-0000-4000-8000-000000000801', 1, 'C0001', '2026-01-10', 1, 2, '2026-01-11', false, 1, '2026-01-11T00:00:00Z', null, null, 1),
       (2, 'a1b2c3d4-0000-4000-8000-000000000802', 3, 'C0002', '2026-01-12', 1, 2, '2026-01-12', false, 1, '2026-01-12T00:00:00Z', null, null, 1),
       (3, 'a1b2c3d4-0000-4000-8000-000000000803', 4, 'C0003', '2026-01-12', 1, 2, '2026-01-13', false, 2, '2026-01-13T00:00:00Z', null, null, 1),
       (4, 'a1b2c3d4-0000-4000-8000-000000000804', 1, 'C0001', '2026-01-10', 1, 2, '2026-01-10', false, 1, '2026-01-10T00:00:00Z', '2026-01-11T00:00:00Z', 1, 1);

insert into "tblClaimItems" ("ClaimItemID", "ClaimID", "ItemID", "ClaimItemStatus", "Availability", "QtyProvided",
                             "PriceAsked", "ValidityFrom", "ValidityTo", "AuditUserID")
values (1, 1, 1, 1, true, 6, 2.50, '2026-01-11T00:00:00Z', null, 1),
       (2, 1, 2, 1, true, 10, 0.10, '2026-01-11T00:00:00Z', null, 1),
       (3, 1, 2, 1, true, 20, 0.10, '2026-01-10T00:00:00Z', '2026-01-11T00:00:00Z', 1),
       (4, 2, 1, 1, true, 6, 2.50, '2026-01-12T00:00:00Z', null, 1),
       (5, 3, 2, 1, true, 8, 0.10, '2026-01-13T00:00:00Z', null, 1);

insert into "tblClaimServices" ("ClaimServiceID", "ClaimID", "ServiceID", "ClaimServiceStatus", "QtyProvided",
                                "PriceAsked", "ValidityFrom", "AuditUserID")
values (1, 1, 1, 1, 1, 5.00, '2026-01-11T00:00:00Z', 1),
       (2, 1, 2, 1, 1, 1.50, '2026-01-11T00:00:00Z', 1),
       (3, 3, 1, 1, 1, 5.00, '2026-01-13T00:00:00Z', 1);
