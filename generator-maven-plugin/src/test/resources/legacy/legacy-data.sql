-- A small openIMIS data set in the legacy SQL Server database of legacy-schema.sql, shaped like the published demo
-- (sql/demo of openimis/database_ms_sqlserver): a region down to villages, two health facilities, two products,
-- three families with their insurees, policies, premiums, claims with items and services, users and officers.
-- Every value fits the PostgreSQL target EXCEPT the planted anomalies, each listed in anomalies.tsv (table, column,
-- row key, class, source value, what the target should receive). Date-times are zone-less local times of the
-- source time zone anomalies.tsv names (Europe/Berlin). Written in T-SQL; LegacyDatabase.loadIntoH2 translates it.
-- The values are ours, invented in the shape of the demo.

-- Reference tables
insert into [dbo].[tblLanguages] ([LanguageCode], [LanguageName], [SortOrder], [CountryCode])
values (N'en', N'English', 1, N'GB'), (N'fr', N'Français', 2, N'FR')
go
insert into [dbo].[tblGender] ([Code], [Gender], [AltLanguage], [SortOrder])
values ('M', N'Male', N'Masculin', 1), ('F', N'Female', N'Féminin', 2), ('O', N'Other', N'Autre', 3)
go
insert into [dbo].[tblRelations] ([RelationId], [Relation], [SortOrder], [AltLanguage])
values (4, N'Son/Daughter', 4, N'Fils/Fille'), (7, N'Others', 7, N'Autres'), (8, N'Spouse', 8, N'Conjoint')
go
insert into [dbo].[tblProfessions] ([ProfessionId], [Profession], [SortOrder], [AltLanguage])
values (1, N'Housewife', 1, N'Ménagère'), (2, N'Employee', 2, N'Employé')
go
insert into [dbo].[tblEducations] ([EducationId], [Education], [SortOrder], [AltLanguage])
values (1, N'Nursery', 1, N'Maternelle'), (2, N'Primary school', 2, N'École primaire')
go
insert into [dbo].[tblFamilyTypes] ([FamilyTypeCode], [FamilyType], [SortOrder], [AltLanguage])
values (N'H', N'Household', 1, N'Ménage'), (N'C', N'Council', 2, N'Conseil')
go
insert into [dbo].[tblConfirmationTypes] ([ConfirmationTypeCode], [ConfirmationType], [SortOrder], [AltLanguage])
values (N'A', N'Local village office', 1, N'Bureau du village'), (N'B', N'Social welfare office', 2, N'Bureau social')
go
insert into [dbo].[tblIdentificationTypes] ([IdentificationCode], [IdentificationTypes], [AltLanguage], [SortOrder])
values (N'D', N'Driver''s licence', N'Permis de conduire', 1), (N'N', N'National ID', N'Carte d''identité', 2),
       (N'P', N'Passport', N'Passeport', 3)
go
insert into [dbo].[tblLegalForms] ([LegalFormCode], [LegalForms], [SortOrder], [AltLanguage])
values ('C', N'Charity', 1, N'Caritatif'), ('G', N'Government', 2, N'Gouvernement'), ('P', N'Private organization', 3, N'Privé')
go
insert into [dbo].[tblHFSublevel] ([HFSublevel], [HFSublevelDesc], [SortOrder], [AltLanguage])
values ('I', N'Integrated', 1, N'Intégré'), ('N', N'Reference', 2, N'Référence'), ('R', N'Referral', 3, N'Renvoi')
go
insert into [dbo].[tblCeilingInterpretation] ([CeilingIntCode], [CeilingIntDesc], [AltLanguage], [SortOrder])
values ('H', N'Hospital and non hospital', N'Hôpital et hors hôpital', 1), ('I', N'In and out patient', N'Hospitalisé et ambulatoire', 2)
go
insert into [dbo].[tblPayerType] ([Code], [PayerType], [AltLanguage], [SortOrder])
values ('C', N'Co-operative', N'Coopérative', 1), ('G', N'Government', N'Gouvernement', 2), ('P', N'Private organization', N'Privé', 3)
go
-- ANOMALY null-into-not-null: tblControls.Usage is NULL for BeneficiaryCard.
insert into [dbo].[tblControls] ([FieldName], [Adjustibility], [Usage])
values (N'Age', N'M', N'Search Insurance Number/Enquiry'), (N'ApprovalOfSMS', N'N', N'Family'),
       (N'BeneficiaryCard', N'O', null)
go
set identity_insert [dbo].[tblIMISDefaults] on
go
insert into [dbo].[tblIMISDefaults] ([DefaultID], [PolicyRenewalInterval], [FTPHost], [FTPUser], [FTPPort],
    [AppVersionBackEnd], [AppVersionEnquire], [AppVersionEnroll], [AppVersionRenewal], [AppVersionFeedback],
    [AppVersionClaim], [OffLineHF], [OfflineCHF], [SMSLink], [SMSSource], [SMSDlr], [SMSType], [AppVersionImis],
    [ActivationOption], [BypassReviewClaim])
values (1, 14, N'ftp.example.org', N'imis', 21, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0, 0, N'https://sms.example.org/send',
        N'IMIS', 1, 1, 1.3, 2, 0)
go
set identity_insert [dbo].[tblIMISDefaults] off
go
insert into [dbo].[tblIMISDefaultsPhone] ([RuleName], [RuleValue], [Usage])
values (N'AllowInsureeWithoutPhoto', 0, N'Enrolment'), (N'ShowPaymentOption', 1, N'Renewal')
go
insert into [dbo].[tblEmailSettings] ([EmailId], [EmailPassword], [SMTPHost], [Port], [EnableSSL])
values (N'imis@example.org', N'not-a-real-password', N'smtp.example.org', 587, 1)
go

-- Locations: region 1, district 2, ward 3, villages 4 and 5; 6 is an earlier version of village 4.
-- ANOMALY null-into-not-null: LocationId=5 has no ValidityFrom. ANOMALY history-row: LocationId=6.
set identity_insert [dbo].[tblLocations] on
go
insert into [dbo].[tblLocations] ([LocationId], [LocationUUID], [LocationCode], [LocationName], [ParentLocationId],
    [LocationType], [ValidityFrom], [ValidityTo], [LegacyId], [AuditUserId], [MalePopulation], [FemalePopulation],
    [OtherPopulation], [Families])
values (1, '776C97B5-261B-53D4-BF2F-A371457BAC8E', N'R0001', N'Région Nord', null, N'R', '2023-01-10T08:00:00', null, null, -1, null, null, null, null),
       (2, '3EB927B3-0945-5B86-BF4C-97BE40ED3BF8', N'D0001', N'Kilimanjaro', 1, N'D', '2023-01-10T08:05:00', null, null, -1, 120500, 125300, 40, 51200),
       (3, 'A67A5E63-1CC5-57DD-AB01-711AC3663905', N'W0001', N'Moshi Mjini', 2, N'W', '2023-01-10T08:10:00', null, null, -1, null, null, null, null),
       (4, 'C113D5A0-D711-57F2-9D52-AD111278D652', N'V0001', N'Ngʼambo', 3, N'V', '2023-06-01T09:00:00', null, null, 1, 812, 845, 0, 390),
       (5, '229FB3D5-5627-5AE8-A99B-91FEF4295EDB', N'V0002', N'Kiboriloni', 3, N'V', null, null, null, 1, null, null, null, null),
       (6, '67107794-7595-5524-A03E-7376188457EB', N'V0001', N'Ngambo', 3, N'V', '2023-01-10T08:15:00', '2023-06-01T09:00:00', 4, -1, null, null, null, null)
go
set identity_insert [dbo].[tblLocations] off
go

-- Users, roles, rights
set identity_insert [dbo].[tblUsers] on
go
insert into [dbo].[tblUsers] ([UserID], [UserUUID], [LanguageID], [LastName], [OtherNames], [Phone], [LoginName],
    [RoleID], [HFID], [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID], [password], [DummyPwd], [EmailId],
    [PrivateKey], [StoredPassword], [PasswordValidity], [IsAssociated])
values (1, '3A2EEAFC-ACDF-520B-B5A9-E78158D0FEF9', N'en', N'Admin', N'Admin', N'', N'Admin', 1023, null, '2023-01-09T07:30:00', null, null, 0, null, null, N'admin@example.org', N'not-a-real-salt', N'not-a-real-hash', null, 0),
       (2, '9D91785A-2742-5B3A-9BB3-0D30B0BE8E05', N'fr', N'Mushi', N'Grace', N'+255754000111', N'gmushi', 2, null, '2023-02-01T10:00:00', null, null, 1, null, null, null, N'not-a-real-salt', N'not-a-real-hash', '2025-02-01T10:00:00', 0)
go
set identity_insert [dbo].[tblUsers] off
go
set identity_insert [dbo].[tblRole] on
go
insert into [dbo].[tblRole] ([RoleID], [RoleUUID], [RoleName], [AltLanguage], [IsSystem], [IsBlocked], [ValidityFrom],
    [ValidityTo], [AuditUserID], [LegacyID])
values (1, 'E5FC9A77-55B2-5EC5-877C-A7514334C3D2', N'IMIS Administrator', N'Administrateur', 524288, 0, '2023-01-09T07:30:00', null, null, null),
       (2, '3B790EEC-4B13-5398-81C0-7DB77568B8C1', N'Claim Administrator', N'Gestionnaire des demandes', 8, 0, '2023-01-09T07:30:00', null, null, null)
go
set identity_insert [dbo].[tblRole] off
go
set identity_insert [dbo].[tblRoleRight] on
go
insert into [dbo].[tblRoleRight] ([RoleRightID], [RoleID], [RightID], [ValidityFrom], [ValidityTo], [AuditUserId], [LegacyID])
values (1, 1, 121001, '2023-01-09T07:30:00', null, null, null), (2, 1, 101001, '2023-01-09T07:30:00', null, null, null),
       (3, 2, 111001, '2023-01-09T07:30:00', null, null, null)
go
set identity_insert [dbo].[tblRoleRight] off
go
set identity_insert [dbo].[tblUserRole] on
go
insert into [dbo].[tblUserRole] ([UserRoleID], [UserID], [RoleID], [ValidityFrom], [ValidityTo], [AudituserID], [LegacyID], [Assign])
values (1, 1, 1, '2023-01-09T07:30:00', null, null, null, 3), (2, 2, 2, '2023-02-01T10:00:00', null, 1, null, 3)
go
set identity_insert [dbo].[tblUserRole] off
go
set identity_insert [dbo].[tblUsersDistricts] on
go
insert into [dbo].[tblUsersDistricts] ([UserDistrictID], [UserID], [LocationId], [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID])
values (1, 1, 2, '2023-01-10T08:20:00', null, null, 1), (2, 2, 2, '2023-02-01T10:00:00', null, null, 1)
go
set identity_insert [dbo].[tblUsersDistricts] off
go
set identity_insert [dbo].[tblLogins] on
go
insert into [dbo].[tblLogins] ([LoginId], [UserId], [LogTime], [LogAction])
values (1, 1, '2024-05-06T08:01:13', 1), (2, 1, '2024-05-06T17:45:00', 2)
go
set identity_insert [dbo].[tblLogins] off
go

-- Medical: diagnoses, items, services, price lists
set identity_insert [dbo].[tblICDCodes] on
go
insert into [dbo].[tblICDCodes] ([ICDID], [ICDCode], [ICDName], [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID])
values (1, N'A00', N'Cholera', '2023-01-09T07:30:00', null, null, 1),
       (2, N'B54', N'Unspecified malaria', '2023-01-09T07:30:00', null, null, 1),
       (3, N'J18.9', N'Pneumonia, unspecified', '2023-01-09T07:30:00', null, null, 1)
go
set identity_insert [dbo].[tblICDCodes] off
go
set identity_insert [dbo].[tblItems] on
go
insert into [dbo].[tblItems] ([ItemID], [ItemUUID], [ItemCode], [ItemName], [ItemType], [Quantity], [ItemPackage],
    [ItemPrice], [ItemCareType], [ItemFrequency], [ItemPatCat], [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID])
values (1, 'AACF7E46-5964-5925-AF79-49F9860A19C3', N'0001', N'Paracetamol 500 mg', 'D', 10.00, N'10 tablets', 250.00, 'B', null, 15, '2023-01-09T07:30:00', null, null, 1),
       (2, '4BDB34E3-83F9-539F-83AC-9EDC0C1A3719', N'0002', N'Artemether/Lumefantrine', 'D', 24.00, N'24 tablets', 1200.00, 'O', null, 15, '2023-01-09T07:30:00', null, null, 1)
go
set identity_insert [dbo].[tblItems] off
go
set identity_insert [dbo].[tblServices] on
go
insert into [dbo].[tblServices] ([ServiceID], [ServiceUUID], [ServCode], [ServName], [ServType], [ServLevel], [ServPrice],
    [ServCareType], [ServFrequency], [ServPatCat], [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID], [ServCategory])
values (1, '3F4A7963-D8C2-56D2-B361-9A1E4130D37D', N'A1', N'General consultation', 'P', 'S', 2000.00, 'O', null, 15, '2023-01-09T07:30:00', null, null, 1, 'C'),
       (2, '0C960571-0187-546B-B1F5-436CBA586864', N'M2', N'Malaria rapid test', 'P', 'S', 1500.00, 'B', null, 15, '2023-01-09T07:30:00', null, null, 1, 'O')
go
set identity_insert [dbo].[tblServices] off
go
set identity_insert [dbo].[tblPLItems] on
go
insert into [dbo].[tblPLItems] ([PLItemID], [PLItemUUID], [PLItemName], [DatePL], [LocationId], [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID])
values (1, '6B2CF9F4-C35D-521A-A3B2-0A8AD1361A83', N'Kilimanjaro medicines', '2023-01-01', 2, '2023-01-10T09:00:00', null, null, 1)
go
set identity_insert [dbo].[tblPLItems] off
go
set identity_insert [dbo].[tblPLItemsDetail] on
go
insert into [dbo].[tblPLItemsDetail] ([PLItemDetailID], [PLItemID], [ItemID], [PriceOverule], [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID])
values (1, 1, 1, null, '2023-01-10T09:00:00', null, null, 1), (2, 1, 2, 1100.00, '2023-01-10T09:00:00', null, null, 1)
go
set identity_insert [dbo].[tblPLItemsDetail] off
go
set identity_insert [dbo].[tblPLServices] on
go
insert into [dbo].[tblPLServices] ([PLServiceID], [PLServiceUUID], [PLServName], [DatePL], [LocationId], [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID])
values (1, '6FD598C3-9A55-5AE6-9558-E7B68969D2D5', N'Kilimanjaro services', '2023-01-01', 2, '2023-01-10T09:00:00', null, null, 1)
go
set identity_insert [dbo].[tblPLServices] off
go
set identity_insert [dbo].[tblPLServicesDetail] on
go
insert into [dbo].[tblPLServicesDetail] ([PLServiceDetailID], [PLServiceID], [ServiceID], [PriceOverule], [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID])
values (1, 1, 1, null, '2023-01-10T09:00:00', null, null, 1), (2, 1, 2, 1400.00, '2023-01-10T09:00:00', null, null, 1)
go
set identity_insert [dbo].[tblPLServicesDetail] off
go

-- Health facilities and their claim administrators
-- ANOMALY null-into-not-null: ClaimAdminId=2 has no ValidityFrom.
set identity_insert [dbo].[tblHF] on
go
insert into [dbo].[tblHF] ([HfID], [HfUUID], [HFCode], [HFName], [LegalForm], [HFLevel], [HFSublevel], [HFAddress],
    [LocationId], [Phone], [Fax], [eMail], [HFCareType], [PLServiceID], [PLItemID], [AccCode], [OffLine], [ValidityFrom],
    [ValidityTo], [LegacyID], [AuditUserID])
values (1, '63407B05-4098-5ABC-B70C-3E9E6B985AEF', N'HF0001', N'Hôpital régional de Moshi', 'G', 'H', 'R', N'Box 3001, Moshi', 2, N'+255272751000', null, N'hospital@example.org', 'B', 1, 1, N'HF-ACC-01', 0, '2023-01-10T09:30:00', null, null, 1),
       (2, 'F1D5827D-0201-59EB-8185-774997EDD309', N'HF0002', N'Ngʼambo dispensary', 'C', 'D', null, null, 3, null, null, null, 'O', 1, 1, null, 0, '2023-01-10T09:35:00', null, null, 1)
go
set identity_insert [dbo].[tblHF] off
go
set identity_insert [dbo].[tblHFCatchment] on
go
insert into [dbo].[tblHFCatchment] ([HFCatchmentId], [HFID], [LocationId], [Catchment], [ValidityFrom], [ValidityTo], [LegacyId], [AuditUserId])
values (1, 2, 4, 100, '2023-06-01T09:10:00', null, null, 1)
go
set identity_insert [dbo].[tblHFCatchment] off
go
set identity_insert [dbo].[tblClaimAdmin] on
go
insert into [dbo].[tblClaimAdmin] ([ClaimAdminId], [ClaimAdminUUID], [ClaimAdminCode], [LastName], [OtherNames], [DOB],
    [Phone], [HFId], [ValidityFrom], [ValidityTo], [LegacyId], [AuditUserId], [EmailId], [HasLogin])
values (1, '7F641B63-4A34-5A1A-A585-3B171681A71A', N'CA0001', N'Lyimo', N'Peter', '1985-04-12', N'+255754000222', 1, '2023-02-01T11:00:00', null, null, 1, null, 0),
       (2, 'C3DF5F3A-A894-52B1-A222-51438C67B8F5', N'CA0002', N'Kimaro', N'Anna', null, null, 2, null, null, null, 1, null, 0)
go
set identity_insert [dbo].[tblClaimAdmin] off
go

-- Products
-- ANOMALY integer-out-of-range: ProdID=2 has MemberCount 40000 (the target column is smallint).
set identity_insert [dbo].[tblProduct] on
go
insert into [dbo].[tblProduct] ([ProdID], [ProdUUID], [ProductCode], [ProductName], [LocationId], [InsurancePeriod],
    [DateFrom], [DateTo], [LumpSum], [MemberCount], [PremiumAdult], [PremiumChild], [GracePeriod], [ValidityFrom],
    [ValidityTo], [LegacyID], [AuditUserID], [MaxInstallments], [WaitingPeriod], [CeilingInterpretation], [Level1],
    [Sublevel1], [Level2], [Sublevel2], [Recurrence])
values (1, '1943877B-6323-540C-8417-05E73F89C04A', N'BCUL0001', N'Basic cover Ultha', 2, 12, '2023-01-01T00:00:00', '2030-12-31T00:00:00', 10000.00, 6, 4000.00, 2000.00, 1, '2023-01-10T10:00:00', null, null, 1, 3, 0, 'I', 'H', 'R', 'D', null, null),
       (2, '3E837E88-DC80-5C20-94C0-22ECDEE8BB59', N'GRP0001', N'Co-operative group cover', null, 12, '2024-01-01T00:00:00', '2030-12-31T00:00:00', 2500000.00, 40000, null, null, 1, '2024-01-05T10:00:00', null, null, 1, 1, 0, 'H', 'H', null, null, null, 1)
go
set identity_insert [dbo].[tblProduct] off
go
set identity_insert [dbo].[tblProductItems] on
go
insert into [dbo].[tblProductItems] ([ProdItemID], [ProdID], [ItemID], [LimitationType], [PriceOrigin], [LimitAdult],
    [LimitChild], [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID], [LimitNoAdult], [LimitNoChild], [CeilingExclusionAdult], [CeilingExclusionChild])
values (1, 1, 1, 'C', 'P', 100.00, 100.00, '2023-01-10T10:00:00', null, null, 1, null, null, N'N', N'N'),
       (2, 1, 2, 'F', 'P', 80.00, 100.00, '2023-01-10T10:00:00', null, null, 1, 2, 2, null, null)
go
set identity_insert [dbo].[tblProductItems] off
go
set identity_insert [dbo].[tblProductServices] on
go
insert into [dbo].[tblProductServices] ([ProdServiceID], [ProdID], [ServiceID], [LimitationType], [PriceOrigin],
    [LimitAdult], [LimitChild], [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID])
values (1, 1, 1, 'C', 'P', 100.00, 100.00, '2023-01-10T10:00:00', null, null, 1),
       (2, 1, 2, 'C', 'O', 100.00, 100.00, '2023-01-10T10:00:00', null, null, 1)
go
set identity_insert [dbo].[tblProductServices] off
go
set identity_insert [dbo].[tblRelDistr] on
go
insert into [dbo].[tblRelDistr] ([DistrID], [DistrType], [DistrCareType], [ProdID], [Period], [DistrPerc], [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID])
values (1, 1, 'B', 1, 1, 1.00, '2023-01-10T10:00:00', null, null, 1)
go
set identity_insert [dbo].[tblRelDistr] off
go
set identity_insert [dbo].[tblRelIndex] on
go
insert into [dbo].[tblRelIndex] ([RelIndexID], [ProdID], [RelType], [RelCareType], [RelYear], [RelPeriod], [CalcDate],
    [RelIndex], [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID], [LocationId])
values (1, 1, 12, 'B', 2024, 1, '2025-01-05T06:00:00', 0.8765, '2025-01-05T06:00:00', null, null, 1, 2)
go
set identity_insert [dbo].[tblRelIndex] off
go

-- Enrolment officers, their villages, payers
-- ANOMALY too-long: OfficerID=2 has a VEOPhone of 35 characters (target varchar(25)).
set identity_insert [dbo].[tblOfficer] on
go
insert into [dbo].[tblOfficer] ([OfficerID], [OfficerUUID], [Code], [LastName], [OtherNames], [DOB], [Phone],
    [LocationId], [OfficerIDSubst], [WorksTo], [VEOCode], [VEOLastName], [VEOOtherNames], [VEODOB], [VEOPhone],
    [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID], [EmailId], [PhoneCommunication], [permanentaddress], [HasLogin])
values (1, '4A4FF0DF-57E6-560E-B6EB-F41ED10803EA', N'E00001', N'Massawe', N'John', '1980-11-02', N'+255754000333', 2, null, null, null, null, null, null, null, '2023-02-01T11:30:00', null, null, 1, N'jmassawe@example.org', 1, N'Moshi', 0),
       (2, 'A871C248-34FE-543D-BC65-9AE48CAABBEF', N'E00002', N'Temba', N'Neema', '1990-03-15', N'+255754000444', 2, 1, '2026-12-31T00:00:00', N'VEO001', N'Shirima', N'Elia', '1975-07-01', N'+255754123456, +255655987654 (home)', '2023-02-01T11:40:00', null, null, 1, null, 0, null, 0)
go
set identity_insert [dbo].[tblOfficer] off
go
set identity_insert [dbo].[tblOfficerVillages] on
go
insert into [dbo].[tblOfficerVillages] ([OfficerVillageId], [OfficerId], [LocationId], [ValidityFrom], [ValidityTo], [LegacyId], [AuditUserId])
values (1, 1, 4, '2023-06-01T09:20:00', null, null, 1), (2, 2, 5, '2023-06-01T09:20:00', null, null, 1)
go
set identity_insert [dbo].[tblOfficerVillages] off
go
set identity_insert [dbo].[tblPayer] on
go
insert into [dbo].[tblPayer] ([PayerID], [PayerUUID], [PayerType], [PayerName], [PayerAddress], [LocationId], [Phone],
    [Fax], [eMail], [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID])
values (1, '932F94FD-BBD5-5459-A1D0-325A2B3448A0', 'C', N'Kilimanjaro coffee co-operative', N'Box 12, Moshi', 2, N'+255272752000', null, null, '2023-03-01T12:00:00', null, null, 1)
go
set identity_insert [dbo].[tblPayer] off
go

-- Families, photos, insurees. tblFamilies.InsureeID names the head, who is inserted after the family: its foreign
-- key is NOCHECK in SQL Server, as it is upstream.
-- ANOMALY nul: FamilyID=2 has a NUL character in FamilyAddress.
-- ANOMALY orphan-zero-fk: FamilyID=3 (a family whose enrolment never finished) keeps the default InsureeID 0.
set identity_insert [dbo].[tblFamilies] on
go
insert into [dbo].[tblFamilies] ([FamilyID], [FamilyUUID], [InsureeID], [LocationId], [Poverty], [ValidityFrom],
    [ValidityTo], [LegacyID], [AuditUserID], [FamilyType], [FamilyAddress], [isOffline], [Ethnicity], [ConfirmationNo],
    [ConfirmationType], [Source], [SourceVersion])
values (1, 'C45A8CB6-772A-5A22-9459-8E5686F63262', 1, 4, 0, '2024-01-08T09:00:00', null, null, 1, N'H', N'Ngʼambo, near the market', 0, null, null, null, null, null),
       (2, '0CD7F91D-3E45-5EEF-9A22-EE0A30BB79B0', 3, 4, 1, '2024-01-08T09:30:00', null, null, 1, N'H', N'Plot 12' + nchar(0) + N'Block B', 0, null, N'CONF-0042', N'A', null, null),
       (3, '9E8F104F-32CB-52C1-B23A-F0C10C5871B4', 0, 5, 0, '2024-01-09T15:00:00', null, null, 2, null, null, 0, null, null, null, null, null)
go
set identity_insert [dbo].[tblFamilies] off
go
-- ANOMALY too-long: PhotoID=2 has a CHFID of 16 characters (target varchar(12)).
set identity_insert [dbo].[tblPhotos] on
go
insert into [dbo].[tblPhotos] ([PhotoID], [PhotoUUID], [InsureeID], [CHFID], [PhotoFolder], [PhotoFileName], [OfficerID],
    [PhotoDate], [ValidityFrom], [ValidityTo], [AuditUserID])
values (1, 'BA04E431-927E-5819-AF56-D8235D4751EA', 1, N'070707070', N'Photos\', N'070707070_E00001_20240108.jpg', 1, '2024-01-08', '2024-01-08T09:05:00', null, 1),
       (2, '069429EE-E3FD-5259-8373-6CE7B163833F', 5, N'1234567890123456', N'Photos\', N'1234567890123456_E00001_20240108.jpg', 1, '2024-01-08', '2024-01-08T09:40:00', null, 1),
       (3, '2A43A3CB-C425-519E-A98E-4D03475580DF', 3, N'070707111', N'Photos\', N'070707111_E00001_20240108.jpg', 1, '2024-01-08', '2024-01-08T09:35:00', null, 1)
go
set identity_insert [dbo].[tblPhotos] off
go
-- ANOMALY surrogate: InsureeID=3 has OtherNames ending in an unpaired high surrogate (a cut emoji).
-- ANOMALY dst-gap: InsureeID=4 has ValidityFrom 2024-03-31 02:30, a time Europe/Berlin skipped.
-- ANOMALY too-long: InsureeID=5 has a CHFID of 16 characters (target varchar(12)).
-- ANOMALY null-into-not-null: InsureeID=6 has no FamilyID.
-- ANOMALY history-row: InsureeID=7 is the earlier version of InsureeID=1 (LegacyID 1, ValidityTo in the past).
set identity_insert [dbo].[tblInsuree] on
go
insert into [dbo].[tblInsuree] ([InsureeID], [InsureeUUID], [FamilyID], [CHFID], [LastName], [OtherNames], [DOB],
    [Gender], [Marital], [IsHead], [passport], [Phone], [PhotoID], [PhotoDate], [CardIssued], [ValidityFrom],
    [ValidityTo], [LegacyID], [AuditUserID], [Relationship], [Profession], [Education], [Email], [isOffline],
    [TypeOfId], [HFID], [CurrentAddress], [GeoLocation], [CurrentVillage], [Vulnerability], [Source], [SourceVersion])
values (1, '842FED58-6771-534E-817B-821AFDF5BE64', 1, N'070707070', N'Macha', N'Joseph', '1970-07-12', 'M', 'M', 1, N'', N'+255754100001', 1, '2024-01-08', 1, '2024-02-01T08:00:00', null, null, 1, null, 2, 2, null, 0, N'N', 1, N'', N'0.0 0.0', 4, 0, null, null),
       (2, 'F5B340CD-10C2-5B9A-8741-6F84C78B3F38', 1, N'070707081', N'Macha', N'Rehema', '1974-05-07', 'F', 'M', 0, null, null, null, null, 0, '2024-01-08T09:10:00', null, null, 1, 8, 1, null, null, 0, null, 1, null, null, null, 0, null, null),
       (3, '3CAFC87F-D251-5483-B6EE-7ED454A1147C', 2, N'070707111', N'Kessy', N'Ama' + nchar(55357), '1988-09-30', 'F', 'S', 1, null, N'+255754100003', 3, '2024-01-08', 1, '2024-01-08T09:35:00', null, null, 1, null, 2, 2, null, 0, N'P', 2, null, null, null, 0, null, null),
       (4, '2BBFD7D5-736D-5421-BAF0-A4890EF1EA0C', 2, N'070707122', N'Kessy', N'Baraka', '2012-02-14', 'M', 'S', 0, null, null, null, null, 0, '2024-03-31T02:30:00', null, null, 2, 4, null, 1, null, 0, null, 2, null, null, null, 1, null, null),
       (5, 'B589E9BC-5D16-5A4A-8284-7ACE0C866A13', 2, N'1234567890123456', N'Kessy', N'Imani', '2015-06-01', 'F', 'S', 0, null, null, 2, '2024-01-08', 0, '2024-01-08T09:40:00', null, null, 1, 4, null, 1, null, 0, null, 2, null, null, null, 0, null, null),
       (6, 'D2280905-7A1D-503E-8721-D9F0313ECD2C', null, N'070707133', N'Swai', N'Daudi', '1960-01-01', 'M', null, 0, null, null, null, null, 0, '2024-01-10T11:00:00', null, null, 2, 7, null, null, null, 0, null, null, null, null, null, 0, null, null),
       (7, '60262AB7-E82E-59DA-B953-6A9CF4096FF7', 1, N'070707070', N'Macha', N'Joseph', '1970-07-12', 'M', 'M', 1, N'', null, 1, '2024-01-08', 0, '2024-01-08T09:00:00', '2024-02-01T08:00:00', 1, 1, null, 2, 2, null, 0, N'N', 1, null, null, 4, 0, null, null)
go
set identity_insert [dbo].[tblInsuree] off
go
insert into [dbo].[tblFamilySMS] ([FamilyID], [ApprovalOfSMS], [LanguageOfSMS], [ValidityFrom], [ValidityTo])
values (1, 1, N'en', '2024-01-08T09:00:00', null), (2, 0, N'fr', '2024-01-08T09:30:00', null)
go
set identity_insert [dbo].[tblHealthStatus] on
go
insert into [dbo].[tblHealthStatus] ([HealthStatusID], [InsureeID], [Description], [ValidityFrom], [ValidityTo], [AuditUserID], [LegacyID])
values (1, 2, N'Diabetes type 2', '2024-01-08T09:12:00', null, 1, null)
go
set identity_insert [dbo].[tblHealthStatus] off
go

-- Policies and premiums
-- ANOMALY dst-overlap: PolicyID=2 has ValidityFrom 2024-10-27 02:30, a time Europe/Berlin passed twice.
-- PolicyID=3 (a renewal) fills RenewalOrder and SelfRenewed, which only the legacy schema has.
set identity_insert [dbo].[tblPolicy] on
go
insert into [dbo].[tblPolicy] ([PolicyID], [PolicyUUID], [FamilyID], [EnrollDate], [StartDate], [EffectiveDate],
    [ExpiryDate], [PolicyStatus], [PolicyValue], [ProdID], [OfficerID], [PolicyStage], [ValidityFrom], [ValidityTo],
    [LegacyID], [AuditUserID], [isOffline], [RenewalOrder], [SelfRenewed], [Source], [SourceVersion])
values (1, '49E3DFD4-CA32-55B4-AFB6-203DD1CFD3C8', 1, '2024-02-01', '2024-02-01', '2024-02-15', '2025-01-31', 2, 10000.00, 1, 1, 'N', '2024-02-01T08:10:00', null, null, 1, 0, null, 0, null, null),
       (2, '07A381AD-24B2-58E2-9E0E-38DB5E65D725', 2, '2024-10-26', '2024-11-01', '2024-11-02', '2025-10-31', 2, 12000.00, 1, 2, 'N', '2024-10-27T02:30:00', null, null, 2, 0, null, 0, null, null),
       (3, 'BB571068-E900-5C1D-B84F-4AB339077087', 1, '2025-01-20', '2025-02-01', '2025-02-01', '2026-01-31', 2, 10000.00, 1, 1, 'R', '2025-01-20T10:00:00', null, null, 1, 0, 1, 1, null, null)
go
set identity_insert [dbo].[tblPolicy] off
go
-- ANOMALY null-into-not-null: InsureePolicyId=2 has no ValidityFrom; InsureePolicyId=3 has no AuditUserId.
set identity_insert [dbo].[tblInsureePolicy] on
go
insert into [dbo].[tblInsureePolicy] ([InsureePolicyId], [InsureeId], [PolicyId], [EnrollmentDate], [StartDate],
    [EffectiveDate], [ExpiryDate], [ValidityFrom], [ValidityTo], [LegacyId], [AuditUserId], [isOffline])
values (1, 1, 1, '2024-02-01', '2024-02-01', '2024-02-15', '2025-01-31', '2024-02-01T08:10:00', null, null, 1, 0),
       (2, 2, 1, '2024-02-01', '2024-02-01', '2024-02-15', '2025-01-31', null, null, null, 1, 0),
       (3, 3, 2, '2024-10-26', '2024-11-01', '2024-11-02', '2025-10-31', '2024-10-26T16:00:00', null, null, null, 0),
       (4, 4, 2, '2024-10-26', '2024-11-01', '2024-11-02', '2025-10-31', '2024-10-26T16:00:00', null, null, 2, 0)
go
set identity_insert [dbo].[tblInsureePolicy] off
go
-- ANOMALY time-in-date: CreatedDate (datetime, filled by GETDATE() upstream; the target column is a date) has times of
-- day in PremiumId=1 and 2. PremiumId=2 also fills the commission columns only the legacy schema has.
set identity_insert [dbo].[tblPremium] on
go
insert into [dbo].[tblPremium] ([PremiumId], [PremiumUUID], [PolicyID], [PayerID], [Amount], [Receipt], [PayDate],
    [PayType], [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID], [isPhotoFee], [isOffline], [ReportingId],
    [OverviewCommissionReport], [AllDetailsCommissionReport], [ReportingCommissionID], [CreatedDate], [Source], [SourceVersion])
values (1, '29A04E96-E2DE-5AA9-A78B-8E2F3B5DD831', 1, null, 10000.00, N'RE0001', '2024-02-15', 'C', '2024-02-15T14:37:12.347', null, null, 1, 0, 0, null, null, null, null, '2024-02-15T14:37:12.347', null, null),
       (2, '0D233B2C-66AC-5EAB-A029-D24E9FB1B847', 2, 1, 12000.00, N'RE0002', '2024-11-02', 'B', '2024-11-02T09:05:00', null, null, 2, 0, 0, 1, '2024-12-01T07:00:00', '2024-12-01T07:00:00', 1, '2024-11-02T09:05:00', null, null),
       (3, '26E117F2-196F-5F72-96C7-F9565AEE621B', 3, null, 10000.00, N'RE0003', '2025-01-20', 'C', '2025-01-20T10:05:00', null, null, 1, 0, 0, null, null, null, null, '2025-01-20T00:00:00', null, null)
go
set identity_insert [dbo].[tblPremium] off
go
-- ANOMALY too-long: RenewalID=1 has a PhoneNumber of 29 characters (target varchar(25)).
set identity_insert [dbo].[tblPolicyRenewals] on
go
insert into [dbo].[tblPolicyRenewals] ([RenewalID], [RenewalUUID], [RenewalPromptDate], [RenewalDate], [NewOfficerID],
    [PhoneNumber], [SMSStatus], [InsureeID], [PolicyID], [NewProdID], [RenewalWarnings], [ValidityFrom], [ValidityTo],
    [LegacyID], [AuditCreateUser], [ResponseStatus], [ResponseDate])
values (1, 'B9A8963C-FC71-5981-BCFC-BB76E86DCAC9', '2025-01-17', '2025-01-31', 1, N'+255 754 100 001 / 655 100 01', 1, 1, 1, 1, 0, '2025-01-17T05:00:00', null, null, 1, 1, '2025-01-18T12:30:00')
go
set identity_insert [dbo].[tblPolicyRenewals] off
go
set identity_insert [dbo].[tblPolicyRenewalDetails] on
go
insert into [dbo].[tblPolicyRenewalDetails] ([RenewalDetailID], [RenewalID], [InsureeID], [ValidityFrom], [ValidityTo], [LegacyID], [AuditCreateUser])
values (1, 1, 1, '2025-01-17T05:00:00', null, null, 1), (2, 1, 2, '2025-01-17T05:00:00', null, null, 1)
go
set identity_insert [dbo].[tblPolicyRenewalDetails] off
go

-- Claims
-- ANOMALY orphan-zero-fk: ClaimID=1 and ClaimID=3 have FeedbackID 0 ("no feedback", the column default), as every
-- claim of the published demo has; the foreign key is NOCHECK in SQL Server. ClaimID=2 has real feedback.
-- ANOMALY too-long: ClaimID=3 has a ClaimCode of 18 characters (target varchar(8)).
-- ANOMALY time-in-date: ClaimID=3 has times of day in DateFrom and DateTo (smalldatetime; the target columns are dates).
set identity_insert [dbo].[tblBatchRun] on
go
insert into [dbo].[tblBatchRun] ([RunID], [LocationId], [RunDate], [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID], [RunYear], [RunMonth])
values (1, 2, '2024-03-01T06:00:00', '2024-03-01T06:00:00', null, null, 1, 2024, 2)
go
set identity_insert [dbo].[tblBatchRun] off
go
set identity_insert [dbo].[tblClaim] on
go
insert into [dbo].[tblClaim] ([ClaimID], [ClaimUUID], [InsureeID], [ClaimCode], [DateFrom], [DateTo], [ICDID],
    [ClaimStatus], [Adjuster], [Adjustment], [Claimed], [Approved], [Reinsured], [Valuated], [DateClaimed],
    [DateProcessed], [Feedback], [FeedbackID], [Explanation], [FeedbackStatus], [ReviewStatus], [ApprovalStatus],
    [RejectionReason], [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID], [ValidityFromReview],
    [ValidityToReview], [AuditUserIDReview], [HFID], [RunID], [AuditUserIDSubmit], [AuditUserIDProcess], [SubmitStamp],
    [ProcessStamp], [Remunerated], [GuaranteeId], [ClaimAdminId], [ICDID1], [ICDID2], [ICDID3], [ICDID4], [VisitType],
    [ClaimCategory])
values (1, '4BB6F243-F7D6-5055-8598-222A3080587E', 1, N'CID00001', '2024-02-20T00:00:00', '2024-02-20T00:00:00', 2, 16, 1, N'Approved as claimed', 3250.00, 3250.00, null, 3250.00, '2024-02-20', '2024-03-01', 0, 0, N'', 1, 1, 1, 0, '2024-02-20T10:15:00', null, null, 2, null, null, null, 1, 1, 2, 1, '2024-02-20T10:20:00', '2024-03-01T06:00:00', 3250.00, N'', 1, null, null, null, null, 'O', 'V'),
       (2, '4E72A42A-B215-5ECF-90A1-CB283AFE4E4E', 3, N'CID00002', '2024-11-10T00:00:00', null, 3, 8, null, null, 2000.00, 2000.00, null, null, '2024-11-10', '2024-11-12', 1, 1, N'Consultation only', 8, 1, 1, 0, '2024-11-10T11:00:00', null, null, 2, null, null, null, 2, null, 2, 1, '2024-11-10T11:05:00', '2024-11-12T08:00:00', null, null, 2, 1, null, null, null, 'O', 'O'),
       (3, '5B58625A-133D-5692-8F2D-0678D917D664', 2, N'HF0001-2024-000123', '2024-02-10T09:45:00', '2024-02-12T16:20:00', 1, 4, null, null, 4000.00, null, null, null, '2024-02-12', null, 0, 0, null, 1, 1, 1, 0, '2024-02-12T16:30:00', null, null, 2, null, null, null, 1, null, 2, null, '2024-02-12T16:35:00', null, null, null, 1, null, null, null, null, 'I', 'H')
go
set identity_insert [dbo].[tblClaim] off
go
set identity_insert [dbo].[tblClaimItems] on
go
insert into [dbo].[tblClaimItems] ([ClaimItemID], [ClaimID], [ItemID], [ProdID], [ClaimItemStatus], [Availability],
    [QtyProvided], [QtyApproved], [PriceAsked], [PriceAdjusted], [PriceApproved], [PriceValuated], [Explanation],
    [Justification], [RejectionReason], [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID], [Limitation],
    [PolicyID], [RemuneratedAmount], [DeductableAmount], [ExceedCeilingAmount], [PriceOrigin])
values (1, 1, 1, 1, 1, 1, 1.00, 1.00, 250.00, null, null, 250.00, null, null, 0, '2024-02-20T10:15:00', null, null, 2, 'C', 1, 250.00, 0.00, 0.00, 'P'),
       (2, 3, 2, 1, 1, 1, 1.00, null, 1200.00, null, null, null, N'Three-day course', null, 0, '2024-02-12T16:30:00', null, null, 2, null, null, null, null, null, 'P')
go
set identity_insert [dbo].[tblClaimItems] off
go
-- ANOMALY orphan-fk: ClaimServiceID=3 names PolicyID 99, which does not exist; SQL Server has no foreign key on it.
set identity_insert [dbo].[tblClaimServices] on
go
insert into [dbo].[tblClaimServices] ([ClaimServiceID], [ClaimID], [ServiceID], [ProdID], [ClaimServiceStatus],
    [QtyProvided], [QtyApproved], [PriceAsked], [PriceAdjusted], [PriceApproved], [PriceValuated], [Explanation],
    [Justification], [RejectionReason], [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID], [Limitation],
    [PolicyID], [RemuneratedAmount], [DeductableAmount], [ExceedCeilingAmount], [PriceOrigin])
values (1, 1, 1, 1, 1, 1.00, 1.00, 2000.00, null, null, 2000.00, null, null, 0, '2024-02-20T10:15:00', null, null, 2, 'C', 1, 2000.00, 0.00, 0.00, 'P'),
       (2, 2, 1, 1, 1, 1.00, 1.00, 2000.00, null, 2000.00, null, null, null, 0, '2024-11-10T11:00:00', null, null, 2, 'C', 2, null, null, null, 'P'),
       (3, 3, 2, 1, 1, 2.00, null, 1400.00, null, null, null, null, N'Repeated test', 0, '2024-02-12T16:30:00', null, null, 2, 'C', 99, null, null, null, 'O')
go
set identity_insert [dbo].[tblClaimServices] off
go
set identity_insert [dbo].[tblClaimDedRem] on
go
insert into [dbo].[tblClaimDedRem] ([ExpenditureID], [PolicyID], [InsureeID], [ClaimID], [DedG], [DedOP], [DedIP],
    [RemG], [RemIP], [RemOP], [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID])
values (1, 1, 1, 1, 0.00, 0.00, null, 3250.00, null, 3250.00, '2024-03-01T06:00:00', null, null, 1)
go
set identity_insert [dbo].[tblClaimDedRem] off
go
set identity_insert [dbo].[tblFeedback] on
go
insert into [dbo].[tblFeedback] ([FeedbackID], [FeedbackUUID], [ClaimID], [CareRendered], [PaymentAsked],
    [DrugPrescribed], [DrugReceived], [Asessment], [CHFOfficerCode], [FeedbackDate], [ValidityFrom], [ValidityTo],
    [LegacyID], [AuditUserID])
values (1, 'E23AF634-27D8-5F76-B0BE-9D294579F2AE', 2, 1, 0, 0, 0, 4, 2, '2024-11-15T10:00:00', '2024-11-15T10:00:00', null, null, 2)
go
set identity_insert [dbo].[tblFeedback] off
go
-- ANOMALY too-long: FeedbackPromptID=1 has a PhoneNumber of 29 characters (target varchar(25)).
set identity_insert [dbo].[tblFeedbackPrompt] on
go
insert into [dbo].[tblFeedbackPrompt] ([FeedbackPromptID], [FeedbackPromptDate], [ClaimID], [OfficerID], [PhoneNumber],
    [SMSStatus], [ValidityFrom], [ValidityTo], [LegacyID], [AuditUserID])
values (1, '2024-11-13', 2, 2, N'+255 754 000 444 / 655 000 44', 1, '2024-11-13T07:00:00', null, null, 1)
go
set identity_insert [dbo].[tblFeedbackPrompt] off
go

-- Mobile payments and control numbers
-- ANOMALY too-long: PaymentID=1 has a PhoneNumber of 16 characters (target varchar(12)).
set identity_insert [dbo].[tblPayment] on
go
insert into [dbo].[tblPayment] ([PaymentID], [PaymentUUID], [ExpectedAmount], [ReceivedAmount], [OfficerCode],
    [PhoneNumber], [PayerPhoneNumber], [RequestDate], [ReceivedDate], [PaymentStatus], [LegacyID], [ValidityFrom],
    [ValidityTo], [AuditedUSerID], [TransactionNo], [PaymentOrigin], [MatchedDate], [ReceiptNo], [PaymentDate],
    [RejectedReason], [DateLastSMS], [LanguageName], [TypeOfPayment], [TransferFee], [SmsRequired], [SpReconcReqId],
    [ReconciliationDate])
values (1, '7CD9EC8E-9D2F-5EB1-BB9F-F58038C40E77', 12000.00, 12000.00, N'E00002', N'+255 754 100 003', N'+255754100003', '2024-11-01T08:00:00', '2024-11-02T09:00:00', 5, null, '2024-11-01T08:00:00', null, 2, N'TX-88812', N'mobile', '2024-11-02T09:04:00', N'RCPT-1', '2024-11-02T08:59:00', null, null, N'en', N'mobile', 0.00, 1, N'SP-0001', '2024-11-03T00:30:00')
go
set identity_insert [dbo].[tblPayment] off
go
set identity_insert [dbo].[tblPaymentDetails] on
go
insert into [dbo].[tblPaymentDetails] ([PaymentDetailsID], [PaymentID], [ProductCode], [InsuranceNumber], [PolicyStage],
    [Amount], [LegacyID], [ValidityFrom], [ValidityTo], [PremiumID], [AuditedUserId], [enrollmentDate], [ExpectedAmount])
values (1, 1, N'BCUL0001', N'070707111', N'N', 12000.00, null, '2024-11-01T08:00:00', null, 2, 2, '2024-10-26', 12000.00)
go
set identity_insert [dbo].[tblPaymentDetails] off
go
set identity_insert [dbo].[tblControlNumber] on
go
insert into [dbo].[tblControlNumber] ([ControlNumberID], [RequestedDate], [ReceivedDate], [RequestOrigin],
    [ResponseOrigin], [Status], [LegacyID], [ValidityFrom], [ValidityTo], [AuditedUserID], [PaymentID], [ControlNumber],
    [IssuedDate], [Comment])
values (1, '2024-11-01T08:00:00', '2024-11-01T08:00:05', N'IMIS', N'GePG', 2, null, '2024-11-01T08:00:00', null, 2, 1, N'991100012345', '2024-11-01T08:00:05',
        N'Issued by the payment gateway; the payer was told by SMS. The gateway answered after five seconds, within its '
        + N'limit. Comments of the gateway can be long: nvarchar(max) upstream, text without length in the target.')
go
set identity_insert [dbo].[tblControlNumber] off
go

-- Offline extracts, phone uploads, reports
set identity_insert [dbo].[tblExtracts] on
go
insert into [dbo].[tblExtracts] ([ExtractID], [ExtractUUID], [ExtractDirection], [ExtractType], [ExtractSequence],
    [ExtractDate], [ExtractFileName], [ExtractFolder], [LocationId], [HFID], [AppVersionBackend], [ValidityFrom],
    [ValidityTo], [LegacyID], [AuditUserID], [RowID])
values (1, 'F53F8FBF-E18D-56CD-B1DA-2CD2FC490944', 0, 1, 1, '2024-04-02T07:00:00', N'OE_D0001_2024-04-02.rar', N'Extracts\', 2, null, 1.3, '2024-04-02T07:00:00', null, null, 1, 1024)
go
set identity_insert [dbo].[tblExtracts] off
go
-- ANOMALY too-long: FromPhoneId=1 has a CHFID of 16 characters (target varchar(12)).
set identity_insert [dbo].[tblFromPhone] on
go
insert into [dbo].[tblFromPhone] ([FromPhoneId], [DocType], [DocName], [DocStatus], [LandedDate], [OfficerCode], [CHFID], [PhotoSumittedDate], [ClaimId])
values (1, N'E', N'enrolment_E00001_20240108.xml', N'A', '2024-01-08T10:00:00', N'E00001', N'1234567890123456', '2024-01-08T10:00:00', null),
       (2, N'C', N'claim_CID00001.xml', N'A', '2024-02-20T10:16:00', null, N'070707070', null, 1)
go
set identity_insert [dbo].[tblFromPhone] off
go
-- ANOMALY too-long: PhotoId=1 has a CHFID of 16 characters (target varchar(12)).
set identity_insert [dbo].[tblSubmittedPhotos] on
go
insert into [dbo].[tblSubmittedPhotos] ([PhotoId], [ImageName], [CHFID], [OfficerCode], [PhotoDate], [RegisterDate])
values (1, N'1234567890123456_E00001_20240108.jpg', N'1234567890123456', N'E00001', '2024-01-08', '2024-01-08T10:01:00'),
       (2, N'070707070_E00001_20240108.jpg', N'070707070', N'E00001', '2024-01-08', '2024-01-08T10:01:00')
go
set identity_insert [dbo].[tblSubmittedPhotos] off
go
-- tblReporting.CammissionRate (sic) only exists in the legacy schema.
set identity_insert [dbo].[tblReporting] on
go
insert into [dbo].[tblReporting] ([ReportingId], [ReportingDate], [LocationId], [ProdId], [PayerId], [StartDate],
    [EndDate], [RecordFound], [OfficerID], [ReportType], [CammissionRate], [CommissionRate], [ReportMode], [Scope])
values (1, '2024-12-01T07:00:00', 2, 1, 1, '2024-11-01', '2024-11-30', 1, 2, 2, 5.00, 5.00, 0, 0)
go
set identity_insert [dbo].[tblReporting] off
go

-- A module table no entity maps (see the end of legacy-schema.sql).
set identity_insert [dbo].[tblModuleSmsOutbox] on
go
insert into [dbo].[tblModuleSmsOutbox] ([MessageID], [PhoneNumber], [MessageText], [QueuedAt], [SentAt])
values (1, N'+255754100001', N'Your policy BCUL0001 is active until 31/01/2025.', '2024-02-15T15:00:00', '2024-02-15T15:00:07'),
       (2, N'+255754100003', N'Payment of 12000 received. Asante!', '2024-11-02T09:05:00', null)
go
set identity_insert [dbo].[tblModuleSmsOutbox] off
go
