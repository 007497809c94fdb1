-- The legacy openIMIS database on SQL Server: the 65 tables, written for the copy-data tests (issue 9).
-- Facts (table and column names, types, lengths, nullability, defaults, IDENTITY, keys, foreign keys and which of
-- them SQL Server does not check) are those of openimis/database_ms_sqlserver at commit 25dd72f,
-- sql/base/1_schema_tables.sql and sql/base/4_alter_schema.sql. The statements are ours.
-- Left out: secondary indexes (the copier does not read them); the default of tblFamilySMS.LanguageOfSMS, which
-- calls a function (udfDefaultLanguageCode) this fixture does not have; the "dw" schema and the table types.
-- Batches are separated by lines holding only GO, as sqlcmd and SSMS read them. Run it in an empty database.
-- LegacyDatabase.loadIntoH2 translates it for H2 (MODE=MSSQLServer); its Javadoc lists every rule.

create table [dbo].[tblBatchRun] (
    [RunID] int identity(1, 1) not null,
    [LocationId] int null,
    [RunDate] datetime not null,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [RunYear] int not null,
    [RunMonth] tinyint not null,
    constraint [PK_tblBatchRun] primary key ([RunID])
)
go

create table [dbo].[tblCeilingInterpretation] (
    [CeilingIntCode] char(1) not null,
    [CeilingIntDesc] nvarchar(100) not null,
    [AltLanguage] nvarchar(100) null,
    [SortOrder] int null,
    constraint [PK_tblCeilingInterpretation] primary key ([CeilingIntCode])
)
go

create table [dbo].[tblClaim] (
    [ClaimID] int identity(1, 1) not null,
    [ClaimUUID] uniqueidentifier not null default newid(),
    [InsureeID] int not null,
    [ClaimCode] nvarchar(50) not null,
    [DateFrom] smalldatetime not null,
    [DateTo] smalldatetime null,
    [ICDID] int not null,
    [ClaimStatus] tinyint not null default 2,
    [Adjuster] int null,
    [Adjustment] ntext null,
    [Claimed] decimal(18, 2) null,
    [Approved] decimal(18, 2) null,
    [Reinsured] decimal(18, 2) null,
    [Valuated] decimal(18, 2) null,
    [DateClaimed] date not null default getdate(),
    [DateProcessed] date null,
    [Feedback] bit not null default 0,
    [FeedbackID] int null default 0,
    [Explanation] ntext null,
    [FeedbackStatus] tinyint null default 1,
    [ReviewStatus] tinyint null default 1,
    [ApprovalStatus] tinyint null default 1,
    [RejectionReason] tinyint null default 0,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [ValidityFromReview] datetime null,
    [ValidityToReview] datetime null,
    [AuditUserIDReview] int null,
    [RowID] rowversion null,
    [HFID] int not null,
    [RunID] int null,
    [AuditUserIDSubmit] int null,
    [AuditUserIDProcess] int null,
    [SubmitStamp] datetime null,
    [ProcessStamp] datetime null,
    [Remunerated] decimal(18, 2) null,
    [GuaranteeId] nvarchar(50) null,
    [ClaimAdminId] int null,
    [ICDID1] int null,
    [ICDID2] int null,
    [ICDID3] int null,
    [ICDID4] int null,
    [VisitType] char(1) null,
    [ClaimCategory] char(1) null,
    constraint [PK_tblClaim] primary key ([ClaimID])
)
go

create table [dbo].[tblClaimAdmin] (
    [ClaimAdminId] int identity(1, 1) not null,
    [ClaimAdminUUID] uniqueidentifier not null default newid(),
    [ClaimAdminCode] nvarchar(8) null,
    [LastName] nvarchar(100) null,
    [OtherNames] nvarchar(100) null,
    [DOB] date null,
    [Phone] nvarchar(50) null,
    [HFId] int null,
    [ValidityFrom] datetime null,
    [ValidityTo] datetime null,
    [LegacyId] int null,
    [AuditUserId] int null,
    [RowId] rowversion null,
    [EmailId] nvarchar(200) null,
    [HasLogin] bit null,
    constraint [PK_tblClaimAdmin] primary key ([ClaimAdminId])
)
go

create table [dbo].[tblClaimDedRem] (
    [ExpenditureID] int identity(1, 1) not null,
    [PolicyID] int not null,
    [InsureeID] int not null,
    [ClaimID] int not null,
    [DedG] decimal(18, 2) null,
    [DedOP] decimal(18, 2) null,
    [DedIP] decimal(18, 2) null,
    [RemG] decimal(18, 2) null,
    [RemIP] decimal(18, 2) null,
    [RemOP] decimal(18, 2) null,
    [RemConsult] decimal(18, 2) null,
    [RemSurgery] decimal(18, 2) null,
    [RemDelivery] decimal(18, 2) null,
    [RemHospitalization] decimal(18, 2) null,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [RemAntenatal] decimal(18, 2) null,
    constraint [PK_tblClaimDedRem] primary key ([ExpenditureID])
)
go

create table [dbo].[tblClaimItems] (
    [ClaimItemID] int identity(1, 1) not null,
    [ClaimID] int not null,
    [ItemID] int not null,
    [ProdID] int null,
    [ClaimItemStatus] tinyint not null default 1,
    [Availability] bit not null default 1,
    [QtyProvided] decimal(18, 2) not null,
    [QtyApproved] decimal(18, 2) null,
    [PriceAsked] decimal(18, 2) not null,
    [PriceAdjusted] decimal(18, 2) null,
    [PriceApproved] decimal(18, 2) null,
    [PriceValuated] decimal(18, 2) null,
    [Explanation] ntext null,
    [Justification] ntext null,
    [RejectionReason] smallint null default 0,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [ValidityFromReview] datetime null,
    [ValidityToReview] datetime null,
    [AuditUserIDReview] int null,
    [LimitationValue] decimal(18, 2) null,
    [Limitation] char(1) null,
    [PolicyID] int null,
    [RemuneratedAmount] decimal(18, 2) null,
    [DeductableAmount] decimal(18, 2) null,
    [ExceedCeilingAmount] decimal(18, 2) null,
    [PriceOrigin] char(1) null,
    [ExceedCeilingAmountCategory] decimal(18, 2) null,
    constraint [PK_tblClaimItems] primary key ([ClaimItemID])
)
go

create table [dbo].[tblClaimServices] (
    [ClaimServiceID] int identity(1, 1) not null,
    [ClaimID] int not null,
    [ServiceID] int not null,
    [ProdID] int null,
    [ClaimServiceStatus] tinyint not null default 1,
    [QtyProvided] decimal(18, 2) not null,
    [QtyApproved] decimal(18, 2) null,
    [PriceAsked] decimal(18, 2) not null,
    [PriceAdjusted] decimal(18, 2) null,
    [PriceApproved] decimal(18, 2) null,
    [PriceValuated] decimal(18, 2) null,
    [Explanation] ntext null,
    [Justification] ntext null,
    [RejectionReason] smallint null default 0,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [ValidityFromReview] datetime null,
    [ValidityToReview] datetime null,
    [AuditUserIDReview] int null,
    [LimitationValue] decimal(18, 2) null,
    [Limitation] char(1) null,
    [PolicyID] int null,
    [RemuneratedAmount] decimal(18, 2) null,
    [DeductableAmount] decimal(18, 2) null,
    [ExceedCeilingAmount] decimal(18, 2) null,
    [PriceOrigin] char(1) null,
    [ExceedCeilingAmountCategory] decimal(18, 2) null,
    constraint [PK_tblClaimServices] primary key ([ClaimServiceID])
)
go

create table [dbo].[tblConfirmationTypes] (
    [ConfirmationTypeCode] nvarchar(3) not null,
    [ConfirmationType] nvarchar(50) not null,
    [SortOrder] int null,
    [AltLanguage] nvarchar(50) null,
    constraint [PK_tblConfirmationTypes] primary key ([ConfirmationTypeCode])
)
go

create table [dbo].[tblControlNumber] (
    [ControlNumberID] bigint identity(1, 1) not null,
    [RequestedDate] datetime null,
    [ReceivedDate] datetime null,
    [RequestOrigin] nvarchar(50) null,
    [ResponseOrigin] nvarchar(50) null,
    [Status] int null,
    [LegacyID] bigint null,
    [ValidityFrom] datetime null,
    [ValidityTo] datetime null,
    [AuditedUserID] int null,
    [PaymentID] bigint null,
    [ControlNumber] nvarchar(50) null,
    [IssuedDate] datetime null,
    [Comment] nvarchar(max) null,
    constraint [PK_tblControlNumber] primary key ([ControlNumberID])
)
go

create table [dbo].[tblControls] (
    [FieldName] nvarchar(50) not null,
    [Adjustibility] nvarchar(1) not null,
    [Usage] nvarchar(200) null,
    constraint [PK_tblControls] primary key ([FieldName])
)
go

create table [dbo].[tblEducations] (
    [EducationId] smallint not null,
    [Education] nvarchar(50) not null,
    [SortOrder] int null,
    [AltLanguage] nvarchar(50) null,
    constraint [PK_tblEducations] primary key ([EducationId])
)
go

create table [dbo].[tblEmailSettings] (
    [EmailId] nvarchar(200) not null,
    [EmailPassword] nvarchar(200) not null,
    [SMTPHost] nvarchar(200) not null,
    [Port] int not null,
    [EnableSSL] bit not null
)
go

create table [dbo].[tblExtracts] (
    [ExtractID] int identity(1, 1) not null,
    [ExtractUUID] uniqueidentifier not null default newid(),
    [ExtractDirection] tinyint not null default 0,
    [ExtractType] tinyint not null default 0,
    [ExtractSequence] int not null,
    [ExtractDate] datetime not null default getdate(),
    [ExtractFileName] nvarchar(255) null,
    [ExtractFolder] nvarchar(255) null,
    [LocationId] int not null,
    [HFID] int null,
    [AppVersionBackend] decimal(3, 1) not null,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [RowID] bigint null,
    constraint [PK_tblExtracts] primary key ([ExtractID])
)
go

create table [dbo].[tblLanguages] (
    [LanguageCode] nvarchar(5) not null,
    [LanguageName] nvarchar(50) not null,
    [SortOrder] int null,
    [CountryCode] nvarchar(10) null,
    constraint [PK_tblLanguages] primary key ([LanguageCode])
)
go

create table [dbo].[tblFamilies] (
    [FamilyID] int identity(1, 1) not null,
    [FamilyUUID] uniqueidentifier not null default newid(),
    [InsureeID] int not null default 0,
    [LocationId] int null,
    [Poverty] bit null default 0,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [RowID] rowversion null,
    [FamilyType] nvarchar(2) null,
    [FamilyAddress] nvarchar(200) null,
    [isOffline] bit null default 0,
    [Ethnicity] nvarchar(1) null,
    [ConfirmationNo] nvarchar(12) null,
    [ConfirmationType] nvarchar(3) null,
    [Source] nvarchar(50) null,
    [SourceVersion] nvarchar(15) null,
    constraint [PK_tblFamilies] primary key ([FamilyID])
)
go

create table [dbo].[tblFamilySMS] (
    [FamilyID] int not null,
    [ApprovalOfSMS] bit null default 0,
    [LanguageOfSMS] nvarchar(5) null,
    [ValidityFrom] datetime not null,
    [ValidityTo] datetime null,
    constraint [UQ_tblFamilySMS] unique ([FamilyID], [ValidityTo])
)
go

create table [dbo].[tblFamilyTypes] (
    [FamilyTypeCode] nvarchar(2) not null,
    [FamilyType] nvarchar(50) not null,
    [SortOrder] int null,
    [AltLanguage] nvarchar(50) null,
    constraint [PK_tblFamilyTypes] primary key ([FamilyTypeCode])
)
go

create table [dbo].[tblFeedback] (
    [FeedbackID] int identity(1, 1) not null,
    [FeedbackUUID] uniqueidentifier not null default newid(),
    [ClaimID] int not null,
    [CareRendered] bit null default 0,
    [PaymentAsked] bit null default 0,
    [DrugPrescribed] bit null default 0,
    [DrugReceived] bit null default 0,
    [Asessment] tinyint null,
    [CHFOfficerCode] int null,
    [FeedbackDate] datetime null,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    constraint [PK_tblFeedback] primary key ([FeedbackID])
)
go

create table [dbo].[tblFeedbackPrompt] (
    [FeedbackPromptID] int identity(1, 1) not null,
    [FeedbackPromptDate] date not null,
    [ClaimID] int null,
    [OfficerID] int null,
    [PhoneNumber] nvarchar(50) null,
    [SMSStatus] tinyint null default 0,
    [ValidityFrom] datetime null,
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int null,
    constraint [PK_tblFeedbackPrompt] primary key ([FeedbackPromptID])
)
go

create table [dbo].[tblFromPhone] (
    [FromPhoneId] int identity(1, 1) not null,
    [DocType] nvarchar(3) not null,
    [DocName] nvarchar(200) not null,
    [DocStatus] nvarchar(3) null,
    [LandedDate] datetime not null default getdate(),
    [OfficerCode] nvarchar(8) null,
    [CHFID] nvarchar(50) null,
    [PhotoSumittedDate] datetime null,
    [ClaimId] int null,
    constraint [PK_tblFromPhone] primary key ([FromPhoneId])
)
go

create table [dbo].[tblGender] (
    [Code] char(1) not null,
    [Gender] nvarchar(50) null,
    [AltLanguage] nvarchar(50) null,
    [SortOrder] int null,
    constraint [PK_tblGender] primary key ([Code])
)
go

create table [dbo].[tblHealthStatus] (
    [HealthStatusID] int identity(1, 1) not null,
    [InsureeID] int not null,
    [Description] nvarchar(255) null,
    [ValidityFrom] datetime null default getdate(),
    [ValidityTo] datetime null,
    [AuditUserID] int null,
    [LegacyID] int null,
    constraint [PK_tblHealthStatus] primary key ([HealthStatusID])
)
go

create table [dbo].[tblHF] (
    [HfID] int identity(1, 1) not null,
    [HfUUID] uniqueidentifier not null default newid(),
    [HFCode] nvarchar(8) not null,
    [HFName] nvarchar(100) not null,
    [LegalForm] char(1) not null,
    [HFLevel] char(1) not null,
    [HFSublevel] char(1) null,
    [HFAddress] nvarchar(100) null,
    [LocationId] int not null,
    [Phone] nvarchar(50) null,
    [Fax] nvarchar(50) null,
    [eMail] nvarchar(50) null,
    [HFCareType] char(1) not null,
    [PLServiceID] int null,
    [PLItemID] int null,
    [AccCode] nvarchar(25) null,
    [OffLine] bit not null default 0,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [RowID] rowversion null,
    constraint [PK_tblHF] primary key ([HfID])
)
go

create table [dbo].[tblHFCatchment] (
    [HFCatchmentId] int identity(1, 1) not null,
    [HFID] int not null,
    [LocationId] int not null,
    [Catchment] int null,
    [ValidityFrom] datetime null default getdate(),
    [ValidityTo] datetime null,
    [LegacyId] int null,
    [AuditUserId] int null,
    constraint [PK_tblHFCatchment] primary key ([HFCatchmentId])
)
go

create table [dbo].[tblHFSublevel] (
    [HFSublevel] char(1) not null,
    [HFSublevelDesc] nvarchar(50) null,
    [SortOrder] int null,
    [AltLanguage] nvarchar(50) null,
    constraint [PK_tblHFSublevel] primary key ([HFSublevel])
)
go

create table [dbo].[tblICDCodes] (
    [ICDID] int identity(1, 1) not null,
    [ICDCode] nvarchar(6) not null,
    [ICDName] nvarchar(255) not null,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [RowID] rowversion null,
    constraint [PK_tblICDCodes] primary key ([ICDID])
)
go

create table [dbo].[tblIdentificationTypes] (
    [IdentificationCode] nvarchar(1) not null,
    [IdentificationTypes] nvarchar(50) not null,
    [AltLanguage] nvarchar(50) null,
    [SortOrder] int null,
    constraint [PK_tblIdentificationTypes] primary key ([IdentificationCode])
)
go

create table [dbo].[tblIMISDefaults] (
    [DefaultID] int identity(1, 1) not null,
    [PolicyRenewalInterval] int null default 14,
    [FTPHost] nvarchar(50) null,
    [FTPUser] nvarchar(50) null,
    [FTPPassword] nvarchar(20) null,
    [FTPPort] int null default 21,
    [FTPEnrollmentFolder] nvarchar(255) null,
    [AssociatedPhotoFolder] nvarchar(255) null,
    [FTPClaimFolder] nvarchar(255) null,
    [FTPFeedbackFolder] nvarchar(255) null,
    [FTPPolicyRenewalFolder] nvarchar(255) null,
    [FTPPhoneExtractFolder] nvarchar(255) null,
    [FTPOffLineExtractFolder] nvarchar(255) null,
    [AppVersionBackEnd] decimal(3, 1) null,
    [AppVersionEnquire] decimal(3, 1) null default 1.0,
    [AppVersionEnroll] decimal(3, 1) null default 1.0,
    [AppVersionRenewal] decimal(3, 1) null default 1.0,
    [AppVersionFeedback] decimal(3, 1) null default 1.0,
    [AppVersionClaim] decimal(3, 1) null default 1.0,
    [OffLineHF] int null default 0,
    [WinRarFolder] nvarchar(255) null,
    [DatabaseBackupFolder] nvarchar(255) null,
    [OfflineCHF] int null default 0,
    [SMSLink] nvarchar(500) null,
    [SMSIP] nvarchar(15) null,
    [SMSUserName] nvarchar(15) null,
    [SMSPassword] nvarchar(50) null,
    [SMSSource] nvarchar(15) null,
    [SMSDlr] int null,
    [SMSType] int null,
    [AppVersionFeedbackRenewal] decimal(3, 1) null,
    [AppVersionImis] decimal(3, 1) null,
    [APIKey] nvarchar(100) null,
    [ActivationOption] tinyint not null default 2,
    [BypassReviewClaim] bit not null default 0,
    constraint [PK_tblIMISDefaults] primary key ([DefaultID])
)
go

create table [dbo].[tblIMISDefaultsPhone] (
    [RuleName] nvarchar(100) null,
    [RuleValue] bit null,
    [Usage] nvarchar(200) null
)
go

create table [dbo].[tblInsuree] (
    [InsureeID] int identity(1, 1) not null,
    [InsureeUUID] uniqueidentifier not null default newid(),
    [FamilyID] int null,
    [CHFID] nvarchar(50) null,
    [LastName] nvarchar(100) not null,
    [OtherNames] nvarchar(100) not null,
    [DOB] date not null,
    [Gender] char(1) null,
    [Marital] char(1) null,
    [IsHead] bit not null default 0,
    [passport] nvarchar(25) null,
    [Phone] nvarchar(50) null,
    [PhotoID] int null,
    [PhotoDate] date null,
    [CardIssued] bit not null default 0,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [RowID] rowversion null,
    [Relationship] smallint null,
    [Profession] smallint null,
    [Education] smallint null,
    [Email] nvarchar(100) null,
    [isOffline] bit null default 0,
    [TypeOfId] nvarchar(1) null,
    [HFID] int null,
    [CurrentAddress] nvarchar(200) null,
    [GeoLocation] nvarchar(250) null,
    [CurrentVillage] int null,
    [Vulnerability] bit not null default 0,
    [Source] nvarchar(50) null,
    [SourceVersion] nvarchar(15) null,
    constraint [PK_tblInsuree] primary key ([InsureeID])
)
go

create table [dbo].[tblInsureePolicy] (
    [InsureePolicyId] int identity(1, 1) not null,
    [InsureeId] int not null,
    [PolicyId] int not null,
    [EnrollmentDate] date null,
    [StartDate] date null,
    [EffectiveDate] date null,
    [ExpiryDate] date null,
    [ValidityFrom] datetime null default getdate(),
    [ValidityTo] datetime null,
    [LegacyId] int null,
    [AuditUserId] int null,
    [isOffline] bit null default 0,
    [RowId] rowversion null,
    constraint [PK_tblInsureePolicy] primary key ([InsureePolicyId])
)
go

create table [dbo].[tblItems] (
    [ItemID] int identity(1, 1) not null,
    [ItemUUID] uniqueidentifier not null default newid(),
    [ItemCode] nvarchar(6) not null,
    [ItemName] nvarchar(100) not null,
    [ItemType] char(1) not null,
    [Quantity] decimal(18, 2) null,
    [ItemPackage] nvarchar(255) null,
    [ItemPrice] decimal(18, 2) not null,
    [ItemCareType] char(1) not null,
    [ItemFrequency] smallint null,
    [ItemPatCat] tinyint not null,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [RowID] rowversion null,
    constraint [PK_tblItems] primary key ([ItemID])
)
go

create table [dbo].[tblLegalForms] (
    [LegalFormCode] char(1) not null,
    [LegalForms] nvarchar(50) not null,
    [SortOrder] int null,
    [AltLanguage] nvarchar(50) null,
    constraint [PK_tblLegalForms] primary key ([LegalFormCode])
)
go

create table [dbo].[tblLocations] (
    [LocationId] int identity(1, 1) not null,
    [LocationUUID] uniqueidentifier not null default newid(),
    [LocationCode] nvarchar(8) null,
    [LocationName] nvarchar(50) null,
    [ParentLocationId] int null,
    [LocationType] nchar(1) not null,
    [ValidityFrom] datetime null default getdate(),
    [ValidityTo] datetime null,
    [LegacyId] int null,
    [AuditUserId] int null,
    [RowId] rowversion not null,
    [MalePopulation] int null,
    [FemalePopulation] int null,
    [OtherPopulation] int null,
    [Families] int null,
    constraint [PK_tblLocations] primary key ([LocationId])
)
go

create table [dbo].[tblLogins] (
    [LoginId] int identity(1, 1) not null,
    [UserId] int null,
    [LogTime] datetime null,
    [LogAction] int null,
    constraint [PK_tblLogins] primary key ([LoginId])
)
go

create table [dbo].[tblOfficer] (
    [OfficerID] int identity(1, 1) not null,
    [OfficerUUID] uniqueidentifier not null default newid(),
    [Code] nvarchar(8) not null,
    [LastName] nvarchar(100) not null,
    [OtherNames] nvarchar(100) not null,
    [DOB] date null,
    [Phone] nvarchar(50) null,
    [LocationId] int null,
    [OfficerIDSubst] int null,
    [WorksTo] smalldatetime null,
    [VEOCode] nvarchar(8) null,
    [VEOLastName] nvarchar(100) null,
    [VEOOtherNames] nvarchar(100) null,
    [VEODOB] date null,
    [VEOPhone] nvarchar(50) null,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [RowID] rowversion null,
    [EmailId] nvarchar(200) null,
    [PhoneCommunication] bit null default 0,
    [permanentaddress] nvarchar(100) null,
    [HasLogin] bit null,
    constraint [PK_tblOfficer] primary key ([OfficerID])
)
go

create table [dbo].[tblOfficerVillages] (
    [OfficerVillageId] int identity(1, 1) not null,
    [OfficerId] int null,
    [LocationId] int null,
    [ValidityFrom] datetime null default getdate(),
    [ValidityTo] datetime null,
    [LegacyId] int null,
    [AuditUserId] int null,
    [RowId] rowversion not null,
    constraint [PK_tblOfficerVillages] primary key ([OfficerVillageId])
)
go

create table [dbo].[tblPayer] (
    [PayerID] int identity(1, 1) not null,
    [PayerUUID] uniqueidentifier not null default newid(),
    [PayerType] char(1) not null,
    [PayerName] nvarchar(100) not null,
    [PayerAddress] nvarchar(100) null,
    [LocationId] int null,
    [Phone] nvarchar(50) null,
    [Fax] nvarchar(50) null,
    [eMail] nvarchar(50) null,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [RowID] rowversion null,
    constraint [PK_tblPayer] primary key ([PayerID])
)
go

create table [dbo].[tblPayerType] (
    [Code] char(1) not null,
    [PayerType] nvarchar(50) not null,
    [AltLanguage] nvarchar(50) null,
    [SortOrder] int null,
    constraint [PK_tblPayerType] primary key ([Code])
)
go

create table [dbo].[tblPayment] (
    [PaymentID] bigint identity(1, 1) not null,
    [PaymentUUID] uniqueidentifier not null default newid(),
    [ExpectedAmount] decimal(18, 2) null,
    [ReceivedAmount] decimal(18, 2) null,
    [OfficerCode] nvarchar(50) null,
    [PhoneNumber] nvarchar(50) null,
    [PayerPhoneNumber] nvarchar(50) null,
    [RequestDate] datetime null,
    [ReceivedDate] datetime null,
    [PaymentStatus] int null,
    [LegacyID] bigint null,
    [ValidityFrom] datetime null,
    [ValidityTo] datetime null,
    [RowID] rowversion not null,
    [AuditedUSerID] int null,
    [TransactionNo] nvarchar(50) null,
    [PaymentOrigin] nvarchar(50) null,
    [MatchedDate] datetime null,
    [ReceiptNo] nvarchar(100) null,
    [PaymentDate] datetime null,
    [RejectedReason] nvarchar(255) null,
    [DateLastSMS] datetime null,
    [LanguageName] nvarchar(10) null,
    [TypeOfPayment] nvarchar(50) null,
    [TransferFee] decimal(18, 2) null,
    [SmsRequired] bit null,
    [SpReconcReqId] nvarchar(30) null,
    [ReconciliationDate] datetime null,
    constraint [PK_tblPayment] primary key ([PaymentID])
)
go

create table [dbo].[tblPaymentDetails] (
    [PaymentDetailsID] bigint identity(1, 1) not null,
    [PaymentID] bigint not null,
    [ProductCode] nvarchar(8) null,
    [InsuranceNumber] nvarchar(12) null,
    [PolicyStage] nvarchar(1) null,
    [Amount] decimal(18, 2) null,
    [LegacyID] bigint null,
    [ValidityFrom] datetime null,
    [ValidityTo] datetime null,
    [RowID] rowversion null,
    [PremiumID] int null,
    [AuditedUserId] int null,
    [enrollmentDate] date null,
    [ExpectedAmount] decimal(18, 2) null,
    constraint [PK_tblPaymentDetails] primary key ([PaymentDetailsID])
)
go

create table [dbo].[tblPhotos] (
    [PhotoID] int identity(1, 1) not null,
    [PhotoUUID] uniqueidentifier not null default newid(),
    [InsureeID] int null,
    [CHFID] nvarchar(50) null,
    [PhotoFolder] nvarchar(255) not null,
    [PhotoFileName] nvarchar(250) null,
    [OfficerID] int not null,
    [PhotoDate] date not null,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [AuditUserID] int null default 0,
    [RowID] rowversion null,
    constraint [PK_tblPhotos] primary key ([PhotoID])
)
go

create table [dbo].[tblPLItems] (
    [PLItemID] int identity(1, 1) not null,
    [PLItemUUID] uniqueidentifier not null default newid(),
    [PLItemName] nvarchar(100) not null,
    [DatePL] date not null,
    [LocationId] int null,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [RowID] rowversion null,
    constraint [PK_tblPLItems] primary key ([PLItemID])
)
go

create table [dbo].[tblPLItemsDetail] (
    [PLItemDetailID] int identity(1, 1) not null,
    [PLItemID] int not null,
    [ItemID] int not null,
    [PriceOverule] decimal(18, 2) null,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [RowID] rowversion null,
    constraint [PK_tblPLItemsDetail] primary key ([PLItemDetailID])
)
go

create table [dbo].[tblPLServices] (
    [PLServiceID] int identity(1, 1) not null,
    [PLServiceUUID] uniqueidentifier not null default newid(),
    [PLServName] nvarchar(100) not null,
    [DatePL] date not null,
    [LocationId] int null,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [RowID] rowversion null,
    constraint [PK_tblPLServices] primary key ([PLServiceID])
)
go

create table [dbo].[tblPLServicesDetail] (
    [PLServiceDetailID] int identity(1, 1) not null,
    [PLServiceID] int not null,
    [ServiceID] int not null,
    [PriceOverule] decimal(18, 2) null,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [RowID] rowversion null,
    constraint [PK_tblPLServicesDetail] primary key ([PLServiceDetailID])
)
go

create table [dbo].[tblPolicy] (
    [PolicyID] int identity(1, 1) not null,
    [PolicyUUID] uniqueidentifier not null default newid(),
    [FamilyID] int not null,
    [EnrollDate] date not null,
    [StartDate] date not null,
    [EffectiveDate] date null,
    [ExpiryDate] date null,
    [PolicyStatus] tinyint null default 1,
    [PolicyValue] decimal(18, 2) null,
    [ProdID] int not null,
    [OfficerID] int null,
    [PolicyStage] char(1) null default 'N',
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [RowID] rowversion null,
    [isOffline] bit null default 0,
    [RenewalOrder] int null,
    [SelfRenewed] bit not null default 0,
    [Source] nvarchar(50) null,
    [SourceVersion] nvarchar(15) null,
    constraint [PK_tblPolicy] primary key ([PolicyID])
)
go

create table [dbo].[tblPolicyRenewalDetails] (
    [RenewalDetailID] int identity(1, 1) not null,
    [RenewalID] int not null,
    [InsureeID] int not null,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditCreateUser] int not null,
    constraint [PK_tblPolicyRenewalDetails] primary key ([RenewalDetailID])
)
go

create table [dbo].[tblPolicyRenewals] (
    [RenewalID] int identity(1, 1) not null,
    [RenewalUUID] uniqueidentifier not null default newid(),
    [RenewalPromptDate] date not null,
    [RenewalDate] date not null,
    [NewOfficerID] int null,
    [PhoneNumber] nvarchar(50) null,
    [SMSStatus] tinyint not null default 0,
    [InsureeID] int not null,
    [PolicyID] int not null,
    [NewProdID] int not null,
    [RenewalWarnings] tinyint null default 0,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditCreateUser] int null,
    [ResponseStatus] int null,
    [ResponseDate] datetime null,
    constraint [PK_tblPolicyRenewals] primary key ([RenewalID])
)
go

create table [dbo].[tblPremium] (
    [PremiumId] int identity(1, 1) not null,
    [PremiumUUID] uniqueidentifier not null default newid(),
    [PolicyID] int not null,
    [PayerID] int null,
    [Amount] decimal(18, 2) not null,
    [Receipt] nvarchar(50) not null,
    [PayDate] date not null,
    [PayType] char(1) not null,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [RowID] rowversion null,
    [isPhotoFee] bit null default 0,
    [isOffline] bit null default 0,
    [ReportingId] int null,
    [OverviewCommissionReport] datetime null,
    [AllDetailsCommissionReport] datetime null,
    [ReportingCommissionID] int null,
    [CreatedDate] datetime not null default getdate(),
    [Source] nvarchar(50) null,
    [SourceVersion] nvarchar(15) null,
    constraint [PK_tblPremium] primary key ([PremiumId])
)
go

create table [dbo].[tblProduct] (
    [ProdID] int identity(1, 1) not null,
    [ProdUUID] uniqueidentifier not null default newid(),
    [ProductCode] nvarchar(8) not null,
    [ProductName] nvarchar(100) not null,
    [LocationId] int null,
    [InsurancePeriod] tinyint not null default 12,
    [DateFrom] smalldatetime not null,
    [DateTo] smalldatetime not null,
    [ConversionProdID] int null,
    [LumpSum] decimal(18, 2) not null,
    [MemberCount] int not null,
    [PremiumAdult] decimal(18, 2) null,
    [PremiumChild] decimal(18, 2) null,
    [DedInsuree] decimal(18, 2) null,
    [DedOPInsuree] decimal(18, 2) null,
    [DedIPInsuree] decimal(18, 2) null,
    [MaxInsuree] decimal(18, 2) null,
    [MaxOPInsuree] decimal(18, 2) null,
    [MaxIPInsuree] decimal(18, 2) null,
    [PeriodRelPrices] char(1) null,
    [PeriodRelPricesOP] char(1) null,
    [PeriodRelPricesIP] char(1) null,
    [AccCodePremiums] nvarchar(25) null,
    [AccCodeRemuneration] nvarchar(25) null,
    [DedTreatment] decimal(18, 2) null,
    [DedOPTreatment] decimal(18, 2) null,
    [DedIPTreatment] decimal(18, 2) null,
    [MaxTreatment] decimal(18, 2) null,
    [MaxOPTreatment] decimal(18, 2) null,
    [MaxIPTreatment] decimal(18, 2) null,
    [DedPolicy] decimal(18, 2) null,
    [DedOPPolicy] decimal(18, 2) null,
    [DedIPPolicy] decimal(18, 2) null,
    [MaxPolicy] decimal(18, 2) null,
    [MaxOPPolicy] decimal(18, 2) null,
    [MaxIPPolicy] decimal(18, 2) null,
    [GracePeriod] int not null default 0,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [RowID] rowversion null,
    [RegistrationLumpSum] decimal(18, 2) null,
    [RegistrationFee] decimal(18, 2) null,
    [GeneralAssemblyLumpSum] decimal(18, 2) null,
    [GeneralAssemblyFee] decimal(18, 2) null,
    [StartCycle1] nvarchar(5) null,
    [StartCycle2] nvarchar(5) null,
    [MaxNoConsultation] int null,
    [MaxNoSurgery] int null,
    [MaxNoDelivery] int null,
    [MaxNoHospitalizaion] int null,
    [MaxNoVisits] int null,
    [MaxAmountConsultation] decimal(18, 2) null,
    [MaxAmountSurgery] decimal(18, 2) null,
    [MaxAmountDelivery] decimal(18, 2) null,
    [MaxAmountHospitalization] decimal(18, 2) null,
    [GracePeriodRenewal] int null,
    [MaxInstallments] int null,
    [WaitingPeriod] int null,
    [Threshold] int null,
    [RenewalDiscountPerc] int null default 0,
    [RenewalDiscountPeriod] int null default 0,
    [StartCycle3] nvarchar(5) null,
    [StartCycle4] nvarchar(5) null,
    [AdministrationPeriod] int null,
    [MaxPolicyExtraMember] decimal(18, 2) null,
    [MaxPolicyExtraMemberIP] decimal(18, 2) null,
    [MaxPolicyExtraMemberOP] decimal(18, 2) null,
    [MaxCeilingPolicy] decimal(18, 2) null,
    [MaxCeilingPolicyIP] decimal(18, 2) null,
    [MaxCeilingPolicyOP] decimal(18, 2) null,
    [EnrolmentDiscountPerc] int null,
    [EnrolmentDiscountPeriod] int null,
    [MaxAmountAntenatal] decimal(18, 2) null,
    [MaxNoAntenatal] int null,
    [CeilingInterpretation] char(1) null,
    [Level1] char(1) null,
    [Sublevel1] char(1) null,
    [Level2] char(1) null,
    [Sublevel2] char(1) null,
    [Level3] char(1) null,
    [Sublevel3] char(1) null,
    [Level4] char(1) null,
    [Sublevel4] char(1) null,
    [ShareContribution] decimal(5, 2) null default 100.00,
    [WeightPopulation] decimal(5, 2) null default 0.00,
    [WeightNumberFamilies] decimal(5, 2) null default 0.00,
    [WeightInsuredPopulation] decimal(5, 2) null default 100.00,
    [WeightNumberInsuredFamilies] decimal(5, 2) null default 0.00,
    [WeightNumberVisits] decimal(5, 2) null default 0.00,
    [WeightAdjustedAmount] decimal(5, 2) null default 0.00,
    [Recurrence] tinyint null,
    constraint [PK_tblProduct] primary key ([ProdID])
)
go

create table [dbo].[tblProductItems] (
    [ProdItemID] int identity(1, 1) not null,
    [ProdID] int not null,
    [ItemID] int not null,
    [LimitationType] char(1) not null,
    [PriceOrigin] char(1) not null,
    [LimitAdult] decimal(18, 2) null,
    [LimitChild] decimal(18, 2) null,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [RowID] rowversion null,
    [WaitingPeriodAdult] int null,
    [WaitingPeriodChild] int null,
    [LimitNoAdult] int null,
    [LimitNoChild] int null,
    [LimitationTypeR] char(1) null,
    [LimitationTypeE] char(1) null,
    [LimitAdultR] decimal(18, 2) null,
    [LimitAdultE] decimal(18, 2) null,
    [LimitChildR] decimal(18, 2) null,
    [LimitChildE] decimal(18, 2) null,
    [CeilingExclusionAdult] nvarchar(1) null,
    [CeilingExclusionChild] nvarchar(1) null,
    constraint [PK_tblProductItems] primary key ([ProdItemID])
)
go

create table [dbo].[tblProductServices] (
    [ProdServiceID] int identity(1, 1) not null,
    [ProdID] int not null,
    [ServiceID] int not null,
    [LimitationType] char(1) not null,
    [PriceOrigin] char(1) not null,
    [LimitAdult] decimal(18, 2) null,
    [LimitChild] decimal(18, 2) null,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [RowID] rowversion null,
    [WaitingPeriodAdult] int null,
    [WaitingPeriodChild] int null,
    [LimitNoAdult] int null,
    [LimitNoChild] int null,
    [LimitationTypeR] char(1) null,
    [LimitationTypeE] char(1) null,
    [LimitAdultR] decimal(18, 2) null,
    [LimitAdultE] decimal(18, 2) null,
    [LimitChildR] decimal(18, 2) null,
    [LimitChildE] decimal(18, 2) null,
    [CeilingExclusionAdult] nvarchar(1) null,
    [CeilingExclusionChild] nvarchar(1) null,
    constraint [PK_tblProductServices] primary key ([ProdServiceID])
)
go

create table [dbo].[tblProfessions] (
    [ProfessionId] smallint not null,
    [Profession] nvarchar(50) not null,
    [SortOrder] int null,
    [AltLanguage] nvarchar(50) null,
    constraint [PK_tblProfessions] primary key ([ProfessionId])
)
go

create table [dbo].[tblRelations] (
    [RelationId] smallint not null,
    [Relation] nvarchar(50) not null,
    [SortOrder] int null,
    [AltLanguage] nvarchar(50) null,
    constraint [PK_tblRelations] primary key ([RelationId])
)
go

create table [dbo].[tblRelDistr] (
    [DistrID] int identity(1, 1) not null,
    [DistrType] tinyint not null,
    [DistrCareType] char(1) not null,
    [ProdID] int not null,
    [Period] tinyint not null,
    [DistrPerc] decimal(18, 2) null,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [RowID] rowversion null,
    constraint [PK_tblRelDistr] primary key ([DistrID])
)
go

create table [dbo].[tblRelIndex] (
    [RelIndexID] int identity(1, 1) not null,
    [ProdID] int not null,
    [RelType] tinyint not null,
    [RelCareType] char(1) not null,
    [RelYear] int not null,
    [RelPeriod] tinyint not null,
    [CalcDate] datetime not null,
    [RelIndex] decimal(18, 4) null,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [LocationId] int null,
    constraint [PK_tblRelIndex] primary key ([RelIndexID])
)
go

create table [dbo].[tblReporting] (
    [ReportingId] int identity(1, 1) not null,
    [ReportingDate] datetime not null,
    [LocationId] int not null,
    [ProdId] int not null,
    [PayerId] int null,
    [StartDate] date not null,
    [EndDate] date not null,
    [RecordFound] int not null,
    [OfficerID] int null,
    [ReportType] int null,
    [CammissionRate] decimal(18, 2) null,
    [CommissionRate] decimal(18, 2) null,
    [ReportMode] int null default 0,
    [Scope] int null,
    constraint [PK_tblReporting] primary key ([ReportingId])
)
go

create table [dbo].[tblRole] (
    [RoleID] int identity(1, 1) not null,
    [RoleUUID] uniqueidentifier not null default newid(),
    [RoleName] nvarchar(50) not null,
    [AltLanguage] nvarchar(50) null,
    [IsSystem] int not null,
    [IsBlocked] bit not null,
    [ValidityFrom] datetime not null,
    [ValidityTo] datetime null,
    [AuditUserID] int null,
    [LegacyID] int null,
    constraint [PK_tblRole] primary key ([RoleID])
)
go

create table [dbo].[tblRoleRight] (
    [RoleRightID] int identity(1, 1) not null,
    [RoleID] int not null,
    [RightID] int not null,
    [ValidityFrom] datetime not null,
    [ValidityTo] datetime null,
    [AuditUserId] int null,
    [LegacyID] int null,
    constraint [PK_tblRoleRight] primary key ([RoleRightID])
)
go

create table [dbo].[tblServices] (
    [ServiceID] int identity(1, 1) not null,
    [ServiceUUID] uniqueidentifier not null default newid(),
    [ServCode] nvarchar(6) not null,
    [ServName] nvarchar(100) not null,
    [ServType] char(1) not null,
    [ServLevel] char(1) not null,
    [ServPrice] decimal(18, 2) not null,
    [ServCareType] char(1) not null,
    [ServFrequency] smallint null,
    [ServPatCat] tinyint not null,
    [ValidityFrom] datetime null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int null,
    [RowID] rowversion null,
    [ServCategory] char(1) null,
    constraint [PK_tblServices] primary key ([ServiceID])
)
go

create table [dbo].[tblSubmittedPhotos] (
    [PhotoId] int identity(1, 1) not null,
    [ImageName] nvarchar(50) null,
    [CHFID] nvarchar(50) null,
    [OfficerCode] nvarchar(8) null,
    [PhotoDate] date null,
    [RegisterDate] datetime null default getdate(),
    constraint [PK_tblSubmittedPhotos] primary key ([PhotoId])
)
go

create table [dbo].[tblUserRole] (
    [UserRoleID] int identity(1, 1) not null,
    [UserID] int not null,
    [RoleID] int not null,
    [ValidityFrom] datetime not null,
    [ValidityTo] datetime null,
    [AudituserID] int null,
    [LegacyID] int null,
    [Assign] int null default 3,
    constraint [PK_tblUserRole] primary key ([UserRoleID])
)
go

create table [dbo].[tblUsers] (
    [UserID] int identity(1, 1) not null,
    [UserUUID] uniqueidentifier not null default newid(),
    [LanguageID] nvarchar(5) not null,
    [LastName] nvarchar(100) not null,
    [OtherNames] nvarchar(100) not null,
    [Phone] nvarchar(50) null,
    [LoginName] nvarchar(25) not null,
    [RoleID] int not null,
    [HFID] int null,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    [password] varbinary(256) null,
    [DummyPwd] nvarchar(25) null,
    [EmailId] nvarchar(200) null,
    [PrivateKey] nvarchar(256) null,
    [StoredPassword] nvarchar(256) null,
    [PasswordValidity] datetime null,
    [IsAssociated] bit null,
    constraint [PK_tblUsers] primary key ([UserID])
)
go

create table [dbo].[tblUsersDistricts] (
    [UserDistrictID] int identity(1, 1) not null,
    [UserID] int not null,
    [LocationId] int not null,
    [ValidityFrom] datetime not null default getdate(),
    [ValidityTo] datetime null,
    [LegacyID] int null,
    [AuditUserID] int not null,
    constraint [PK_tblUsersDistricts] primary key ([UserDistrictID])
)
go

-- Foreign keys. SQL Server checks all of them except the ones it was told not to: tblClaim.FeedbackID (default 0,
-- "no feedback") and tblFamilies.InsureeID are disabled (NOCHECK CONSTRAINT); tblOfficer.OfficerIDSubst was added
-- WITH NOCHECK (enabled for new rows, existing rows not checked).
alter table [dbo].[tblBatchRun] with check add constraint [FK_tblBatchRun_LocationId] foreign key ([LocationId]) references [dbo].[tblLocations] ([LocationId])
go
alter table [dbo].[tblClaim] with check add constraint [FK_tblClaim_RunID] foreign key ([RunID]) references [dbo].[tblBatchRun] ([RunID])
go
alter table [dbo].[tblClaim] with check add constraint [FK_tblClaim_ClaimAdminId] foreign key ([ClaimAdminId]) references [dbo].[tblClaimAdmin] ([ClaimAdminId])
go
alter table [dbo].[tblClaim] with nocheck add constraint [FK_tblClaim_FeedbackID] foreign key ([FeedbackID]) references [dbo].[tblFeedback] ([FeedbackID])
go
alter table [dbo].[tblClaim] nocheck constraint [FK_tblClaim_FeedbackID]
go
alter table [dbo].[tblClaim] with check add constraint [FK_tblClaim_HFID] foreign key ([HFID]) references [dbo].[tblHF] ([HfID])
go
alter table [dbo].[tblClaim] with check add constraint [FK_tblClaim_ICDID] foreign key ([ICDID]) references [dbo].[tblICDCodes] ([ICDID])
go
alter table [dbo].[tblClaim] with check add constraint [FK_tblClaim_InsureeID] foreign key ([InsureeID]) references [dbo].[tblInsuree] ([InsureeID])
go
alter table [dbo].[tblClaim] with check add constraint [FK_tblClaim_Adjuster] foreign key ([Adjuster]) references [dbo].[tblUsers] ([UserID])
go
alter table [dbo].[tblClaimAdmin] with check add constraint [FK_tblClaimAdmin_HFId] foreign key ([HFId]) references [dbo].[tblHF] ([HfID])
go
alter table [dbo].[tblClaimDedRem] with check add constraint [FK_tblClaimDedRem_InsureeID] foreign key ([InsureeID]) references [dbo].[tblInsuree] ([InsureeID])
go
alter table [dbo].[tblClaimDedRem] with check add constraint [FK_tblClaimDedRem_PolicyID] foreign key ([PolicyID]) references [dbo].[tblPolicy] ([PolicyID])
go
alter table [dbo].[tblClaimItems] with check add constraint [FK_tblClaimItems_ClaimID] foreign key ([ClaimID]) references [dbo].[tblClaim] ([ClaimID])
go
alter table [dbo].[tblClaimItems] with check add constraint [FK_tblClaimItems_ItemID] foreign key ([ItemID]) references [dbo].[tblItems] ([ItemID])
go
alter table [dbo].[tblClaimItems] with check add constraint [FK_tblClaimItems_ProdID] foreign key ([ProdID]) references [dbo].[tblProduct] ([ProdID])
go
alter table [dbo].[tblClaimServices] with check add constraint [FK_tblClaimServices_ClaimID] foreign key ([ClaimID]) references [dbo].[tblClaim] ([ClaimID])
go
alter table [dbo].[tblClaimServices] with check add constraint [FK_tblClaimServices_ProdID] foreign key ([ProdID]) references [dbo].[tblProduct] ([ProdID])
go
alter table [dbo].[tblClaimServices] with check add constraint [FK_tblClaimServices_ServiceID] foreign key ([ServiceID]) references [dbo].[tblServices] ([ServiceID])
go
alter table [dbo].[tblFamilies] with check add constraint [FK_tblFamilies_ConfirmationType] foreign key ([ConfirmationType]) references [dbo].[tblConfirmationTypes] ([ConfirmationTypeCode])
go
alter table [dbo].[tblFamilies] with nocheck add constraint [FK_tblFamilies_InsureeID] foreign key ([InsureeID]) references [dbo].[tblInsuree] ([InsureeID])
go
alter table [dbo].[tblFamilies] nocheck constraint [FK_tblFamilies_InsureeID]
go
alter table [dbo].[tblFamilies] with check add constraint [FK_tblFamilies_LocationId] foreign key ([LocationId]) references [dbo].[tblLocations] ([LocationId])
go
alter table [dbo].[tblFamilies] with check add constraint [FK_tblFamilies_FamilyType] foreign key ([FamilyType]) references [dbo].[tblFamilyTypes] ([FamilyTypeCode])
go
alter table [dbo].[tblFamilySMS] with check add constraint [FK_tblFamilySMS_FamilyID] foreign key ([FamilyID]) references [dbo].[tblFamilies] ([FamilyID])
go
alter table [dbo].[tblFeedback] with check add constraint [FK_tblFeedback_ClaimID] foreign key ([ClaimID]) references [dbo].[tblClaim] ([ClaimID])
go
alter table [dbo].[tblHealthStatus] with check add constraint [FK_tblHealthStatus_InsureeID] foreign key ([InsureeID]) references [dbo].[tblInsuree] ([InsureeID])
go
alter table [dbo].[tblHF] with check add constraint [FK_tblHF_LocationId] foreign key ([LocationId]) references [dbo].[tblLocations] ([LocationId])
go
alter table [dbo].[tblHF] with check add constraint [FK_tblHF_PLItemID] foreign key ([PLItemID]) references [dbo].[tblPLItems] ([PLItemID])
go
alter table [dbo].[tblHF] with check add constraint [FK_tblHF_PLServiceID] foreign key ([PLServiceID]) references [dbo].[tblPLServices] ([PLServiceID])
go
alter table [dbo].[tblHF] with check add constraint [FK_tblHF_HFSublevel] foreign key ([HFSublevel]) references [dbo].[tblHFSublevel] ([HFSublevel])
go
alter table [dbo].[tblHF] with check add constraint [FK_tblHF_LegalForm] foreign key ([LegalForm]) references [dbo].[tblLegalForms] ([LegalFormCode])
go
alter table [dbo].[tblHFCatchment] with check add constraint [FK_tblHFCatchment_HFID] foreign key ([HFID]) references [dbo].[tblHF] ([HfID])
go
alter table [dbo].[tblHFCatchment] with check add constraint [FK_tblHFCatchment_LocationId] foreign key ([LocationId]) references [dbo].[tblLocations] ([LocationId])
go
alter table [dbo].[tblInsuree] with check add constraint [FK_tblInsuree_Education] foreign key ([Education]) references [dbo].[tblEducations] ([EducationId])
go
alter table [dbo].[tblInsuree] with check add constraint [FK_tblInsuree_TypeOfId] foreign key ([TypeOfId]) references [dbo].[tblIdentificationTypes] ([IdentificationCode])
go
alter table [dbo].[tblInsuree] with check add constraint [FK_tblInsuree_FamilyID] foreign key ([FamilyID]) references [dbo].[tblFamilies] ([FamilyID])
go
alter table [dbo].[tblInsuree] with check add constraint [FK_tblInsuree_Gender] foreign key ([Gender]) references [dbo].[tblGender] ([Code])
go
alter table [dbo].[tblInsuree] with check add constraint [FK_tblInsuree_HFID] foreign key ([HFID]) references [dbo].[tblHF] ([HfID])
go
alter table [dbo].[tblInsuree] with check add constraint [FK_tblInsuree_PhotoID] foreign key ([PhotoID]) references [dbo].[tblPhotos] ([PhotoID])
go
alter table [dbo].[tblInsuree] with check add constraint [FK_tblInsuree_Profession] foreign key ([Profession]) references [dbo].[tblProfessions] ([ProfessionId])
go
alter table [dbo].[tblInsuree] with check add constraint [FK_tblInsuree_Relationship] foreign key ([Relationship]) references [dbo].[tblRelations] ([RelationId])
go
alter table [dbo].[tblInsureePolicy] with check add constraint [FK_tblInsureePolicy_InsureeId] foreign key ([InsureeId]) references [dbo].[tblInsuree] ([InsureeID])
go
alter table [dbo].[tblInsureePolicy] with check add constraint [FK_tblInsureePolicy_PolicyId] foreign key ([PolicyId]) references [dbo].[tblPolicy] ([PolicyID])
go
alter table [dbo].[tblLogins] with check add constraint [FK_tblLogins_UserId] foreign key ([UserId]) references [dbo].[tblUsers] ([UserID])
go
alter table [dbo].[tblOfficer] with check add constraint [FK_tblOfficer_LocationId] foreign key ([LocationId]) references [dbo].[tblLocations] ([LocationId])
go
alter table [dbo].[tblOfficer] with nocheck add constraint [FK_tblOfficer_OfficerIDSubst] foreign key ([OfficerIDSubst]) references [dbo].[tblOfficer] ([OfficerID])
go
alter table [dbo].[tblOfficerVillages] with check add constraint [FK_tblOfficerVillages_LocationId] foreign key ([LocationId]) references [dbo].[tblLocations] ([LocationId])
go
alter table [dbo].[tblOfficerVillages] with check add constraint [FK_tblOfficerVillages_OfficerId] foreign key ([OfficerId]) references [dbo].[tblOfficer] ([OfficerID])
go
alter table [dbo].[tblPayer] with check add constraint [FK_tblPayer_LocationId] foreign key ([LocationId]) references [dbo].[tblLocations] ([LocationId])
go
alter table [dbo].[tblPayer] with check add constraint [FK_tblPayer_PayerType] foreign key ([PayerType]) references [dbo].[tblPayerType] ([Code])
go
alter table [dbo].[tblPLItems] with check add constraint [FK_tblPLItems_LocationId] foreign key ([LocationId]) references [dbo].[tblLocations] ([LocationId])
go
alter table [dbo].[tblPLItemsDetail] with check add constraint [FK_tblPLItemsDetail_ItemID] foreign key ([ItemID]) references [dbo].[tblItems] ([ItemID])
go
alter table [dbo].[tblPLItemsDetail] with check add constraint [FK_tblPLItemsDetail_PLItemID] foreign key ([PLItemID]) references [dbo].[tblPLItems] ([PLItemID])
go
alter table [dbo].[tblPLServices] with check add constraint [FK_tblPLServices_LocationId] foreign key ([LocationId]) references [dbo].[tblLocations] ([LocationId])
go
alter table [dbo].[tblPLServicesDetail] with check add constraint [FK_tblPLServicesDetail_PLServiceID] foreign key ([PLServiceID]) references [dbo].[tblPLServices] ([PLServiceID])
go
alter table [dbo].[tblPLServicesDetail] with check add constraint [FK_tblPLServicesDetail_ServiceID] foreign key ([ServiceID]) references [dbo].[tblServices] ([ServiceID])
go
alter table [dbo].[tblPolicy] with check add constraint [FK_tblPolicy_FamilyID] foreign key ([FamilyID]) references [dbo].[tblFamilies] ([FamilyID])
go
alter table [dbo].[tblPolicy] with check add constraint [FK_tblPolicy_OfficerID] foreign key ([OfficerID]) references [dbo].[tblOfficer] ([OfficerID])
go
alter table [dbo].[tblPolicy] with check add constraint [FK_tblPolicy_ProdID] foreign key ([ProdID]) references [dbo].[tblProduct] ([ProdID])
go
alter table [dbo].[tblPolicyRenewalDetails] with check add constraint [FK_tblPolicyRenewalDetails_InsureeID] foreign key ([InsureeID]) references [dbo].[tblInsuree] ([InsureeID])
go
alter table [dbo].[tblPolicyRenewalDetails] with check add constraint [FK_tblPolicyRenewalDetails_RenewalID] foreign key ([RenewalID]) references [dbo].[tblPolicyRenewals] ([RenewalID])
go
alter table [dbo].[tblPolicyRenewals] with check add constraint [FK_tblPolicyRenewals_InsureeID] foreign key ([InsureeID]) references [dbo].[tblInsuree] ([InsureeID])
go
alter table [dbo].[tblPolicyRenewals] with check add constraint [FK_tblPolicyRenewals_NewOfficerID] foreign key ([NewOfficerID]) references [dbo].[tblOfficer] ([OfficerID])
go
alter table [dbo].[tblPolicyRenewals] with check add constraint [FK_tblPolicyRenewals_PolicyID] foreign key ([PolicyID]) references [dbo].[tblPolicy] ([PolicyID])
go
alter table [dbo].[tblPolicyRenewals] with check add constraint [FK_tblPolicyRenewals_NewProdID] foreign key ([NewProdID]) references [dbo].[tblProduct] ([ProdID])
go
alter table [dbo].[tblPremium] with check add constraint [FK_tblPremium_PayerID] foreign key ([PayerID]) references [dbo].[tblPayer] ([PayerID])
go
alter table [dbo].[tblPremium] with check add constraint [FK_tblPremium_PolicyID] foreign key ([PolicyID]) references [dbo].[tblPolicy] ([PolicyID])
go
alter table [dbo].[tblProduct] with check add constraint [FK_tblProduct_Sublevel1] foreign key ([Sublevel1]) references [dbo].[tblHFSublevel] ([HFSublevel])
go
alter table [dbo].[tblProduct] with check add constraint [FK_tblProduct_Sublevel2] foreign key ([Sublevel2]) references [dbo].[tblHFSublevel] ([HFSublevel])
go
alter table [dbo].[tblProduct] with check add constraint [FK_tblProduct_Sublevel3] foreign key ([Sublevel3]) references [dbo].[tblHFSublevel] ([HFSublevel])
go
alter table [dbo].[tblProduct] with check add constraint [FK_tblProduct_Sublevel4] foreign key ([Sublevel4]) references [dbo].[tblHFSublevel] ([HFSublevel])
go
alter table [dbo].[tblProduct] with check add constraint [FK_tblProduct_CeilingInterpretation] foreign key ([CeilingInterpretation]) references [dbo].[tblCeilingInterpretation] ([CeilingIntCode])
go
alter table [dbo].[tblProduct] with check add constraint [FK_tblProduct_LocationId] foreign key ([LocationId]) references [dbo].[tblLocations] ([LocationId])
go
alter table [dbo].[tblProduct] with check add constraint [FK_tblProduct_ConversionProdID] foreign key ([ConversionProdID]) references [dbo].[tblProduct] ([ProdID])
go
alter table [dbo].[tblProductItems] with check add constraint [FK_tblProductItems_ItemID] foreign key ([ItemID]) references [dbo].[tblItems] ([ItemID])
go
alter table [dbo].[tblProductItems] with check add constraint [FK_tblProductItems_ProdID] foreign key ([ProdID]) references [dbo].[tblProduct] ([ProdID])
go
alter table [dbo].[tblProductServices] with check add constraint [FK_tblProductServices_ProdID] foreign key ([ProdID]) references [dbo].[tblProduct] ([ProdID])
go
alter table [dbo].[tblProductServices] with check add constraint [FK_tblProductServices_ServiceID] foreign key ([ServiceID]) references [dbo].[tblServices] ([ServiceID])
go
alter table [dbo].[tblRelDistr] with check add constraint [FK_tblRelDistr_ProdID] foreign key ([ProdID]) references [dbo].[tblProduct] ([ProdID])
go
alter table [dbo].[tblRelIndex] with check add constraint [FK_tblRelIndex_ProdID] foreign key ([ProdID]) references [dbo].[tblProduct] ([ProdID])
go
alter table [dbo].[tblRoleRight] with check add constraint [FK_tblRoleRight_RoleID] foreign key ([RoleID]) references [dbo].[tblRole] ([RoleID])
go
alter table [dbo].[tblUserRole] with check add constraint [FK_tblUserRole_RoleID] foreign key ([RoleID]) references [dbo].[tblRole] ([RoleID]) on update cascade on delete cascade
go
alter table [dbo].[tblUserRole] with check add constraint [FK_tblUserRole_UserID] foreign key ([UserID]) references [dbo].[tblUsers] ([UserID]) on update cascade on delete cascade
go
alter table [dbo].[tblUsers] with check add constraint [FK_tblUsers_LanguageID] foreign key ([LanguageID]) references [dbo].[tblLanguages] ([LanguageCode])
go
alter table [dbo].[tblUsersDistricts] with check add constraint [FK_tblUsersDistricts_LocationId] foreign key ([LocationId]) references [dbo].[tblLocations] ([LocationId])
go
alter table [dbo].[tblUsersDistricts] with check add constraint [FK_tblUsersDistricts_UserID] foreign key ([UserID]) references [dbo].[tblUsers] ([UserID])
go
alter table [dbo].[tblControlNumber] with check add constraint [FK_tblControlNumber_PaymentID] foreign key ([PaymentID]) references [dbo].[tblPayment] ([PaymentID])
go
alter table [dbo].[tblPaymentDetails] with check add constraint [FK_tblPaymentDetails_PaymentID] foreign key ([PaymentID]) references [dbo].[tblPayment] ([PaymentID])
go

-- Checks.
alter table [dbo].[tblFromPhone] with check add constraint [CK_tblFromPhone_DocType] check ([DocType] in (N'C', N'F', N'R', N'E'))
go
-- A valid product's distribution weights add up to 100 (or are all 0).
alter table [dbo].[tblProduct] with nocheck add constraint [CK_tblProduct_Weights] check ([ValidityTo] is not null
    or coalesce([WeightPopulation], 0) + coalesce([WeightNumberFamilies], 0) + coalesce([WeightInsuredPopulation], 0)
    + coalesce([WeightNumberInsuredFamilies], 0) + coalesce([WeightNumberVisits], 0)
    + coalesce([WeightAdjustedAmount], 0) in (0, 100))
go

-- Not one of the 65: a table of an add-on module, of the kind legacy databases may also hold. No entity maps it.
create table [dbo].[tblModuleSmsOutbox] (
    [MessageID] int identity(1, 1) not null,
    [PhoneNumber] nvarchar(50) not null,
    [MessageText] nvarchar(max) not null,
    [QueuedAt] datetime not null default getdate(),
    [SentAt] datetime null,
    constraint [PK_tblModuleSmsOutbox] primary key ([MessageID])
)
go
