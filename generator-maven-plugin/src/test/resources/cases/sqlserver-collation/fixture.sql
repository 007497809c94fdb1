-- Fixture for text compared as SQL Server's default collation (SQL_Latin1_General_CP1_CI_AS) compares
-- it: without regard to case, and, for names, to trailing spaces. Every row that differs from an
-- ordinary one only in the case of a code, or the case and trailing space of a name, is marked; under
-- a case-sensitive comparison each of them would leave a figure of the cases below out or apart.
--
-- Locations  North(1) R / Alpha(11) D  / AlphaWard(111) / Kilosa(1111) and 'kilosa '(1112)
--                         Beta(12)  'd' / BetaWard(121)  / BetaVil(1211)
-- Product    1 PA "Product A", national.  Officer  1 E1 Lane Ann, in Alpha.
-- Families (head)   F1 Kilosa [I1 Ames Al, F, 1980-05-10]   F2 'kilosa ' [I2 Birk Bo, 'f', 1980-05-10]
--                   F3 BetaVil [I3 Cruz Cy, M, 1990-01-01]
-- Policies (all PA, E1, status 2 active, insuree = the family head, same dates on tblInsureePolicy)
--   1 F1 stage N   enrolled and effective 2021-03-05, expires 2022-03-05
--   2 F2 stage 'n' enrolled and effective 2021-03-10, expires 2022-03-10
--   3 F3 stage N   enrolled and effective 2021-03-15, expires 2022-03-15

-- PostgreSQL's foreign key compares case-sensitively, so the lower-case code needs its own row here
-- (SQL Server's case-insensitive key lets 'f' refer to 'F').
INSERT INTO "tblGender" ("Code", "Gender", "SortOrder") VALUES
    ('M', 'Male', 1), ('F', 'Female', 2), ('f', 'Female (lower-case code)', 3);

INSERT INTO "tblLocations" ("LocationId", "LocationCode", "LocationName", "ParentLocationId", "LocationType",
                            "LocationUUID", "ValidityFrom", "ValidityTo") VALUES
    (1,    'R1',    'North',     NULL, 'R', 'loc-1',    '2010-01-01', NULL),
    (11,   'D11',   'Alpha',     1,    'D', 'loc-11',   '2010-01-01', NULL),
    (12,   'D12',   'Beta',      1,    'd', 'loc-12',   '2010-01-01', NULL),   -- lower-case type: still a district
    (111,  'W111',  'AlphaWard', 11,   'W', 'loc-111',  '2010-01-01', NULL),
    (121,  'W121',  'BetaWard',  12,   'W', 'loc-121',  '2010-01-01', NULL),
    (1111, 'V1111', 'Kilosa',    111,  'V', 'loc-1111', '2010-01-01', NULL),
    (1112, 'V1112', 'kilosa ',   111,  'V', 'loc-1112', '2010-01-01', NULL),   -- same name as 1111 to SQL Server
    (1211, 'V1211', 'BetaVil',   121,  'V', 'loc-1211', '2010-01-01', NULL);

INSERT INTO "tblProduct" ("ProdID", "ProdUUID", "ProductCode", "ProductName", "LocationId", "InsurancePeriod",
                          "DateFrom", "DateTo", "LumpSum", "MemberCount", "GracePeriod", "ValidityFrom", "AuditUserID") VALUES
    (1, 'prod-1', 'PA', 'Product A', NULL, 12, '2010-01-01', '2102-12-31', 3650.00, 6, 0, '2010-01-01', 1);

INSERT INTO "tblOfficer" ("OfficerID", "OfficerUUID", "Code", "LastName", "OtherNames", "LocationId",
                          "ValidityFrom", "AuditUserID") VALUES
    (1, 'off-1', 'E1', 'Lane', 'Ann', 11, '2010-01-01', 1);

INSERT INTO "tblFamilies" ("FamilyID", "FamilyUUID", "InsureeID", "LocationId", "ValidityFrom", "AuditUserID") VALUES
    (1, 'fam-1', 1, 1111, '2010-01-01', 1),
    (2, 'fam-2', 2, 1112, '2010-01-01', 1),
    (3, 'fam-3', 3, 1211, '2010-01-01', 1);

INSERT INTO "tblInsuree" ("InsureeID", "InsureeUUID", "FamilyID", "CHFID", "LastName", "OtherNames", "DOB",
                          "Gender", "IsHead", "CardIssued", "ValidityFrom", "AuditUserID") VALUES
    (1, 'ins-1', 1, '100000001', 'Ames', 'Al', '1980-05-10', 'F', true, false, '2010-01-01', 1),
    (2, 'ins-2', 2, '100000002', 'Birk', 'Bo', '1980-05-10', 'f', true, false, '2010-01-01', 1),  -- lower-case gender
    (3, 'ins-3', 3, '100000003', 'Cruz', 'Cy', '1990-01-01', 'M', true, false, '2010-01-01', 1);

INSERT INTO "tblPolicy" ("PolicyID", "PolicyUUID", "FamilyID", "ProdID", "OfficerID", "PolicyStage", "PolicyStatus",
                         "EnrollDate", "StartDate", "EffectiveDate", "ExpiryDate", "PolicyValue",
                         "ValidityFrom", "AuditUserID") VALUES
    (1, 'pol-1', 1, 1, 1, 'N', 2, '2021-03-05', '2021-03-05', '2021-03-05', '2022-03-05', 3650.00, '2021-03-05', 1),
    (2, 'pol-2', 2, 1, 1, 'n', 2, '2021-03-10', '2021-03-10', '2021-03-10', '2022-03-10', 3650.00, '2021-03-10', 1),  -- lower-case stage
    (3, 'pol-3', 3, 1, 1, 'N', 2, '2021-03-15', '2021-03-15', '2021-03-15', '2022-03-15', 3650.00, '2021-03-15', 1);

INSERT INTO "tblInsureePolicy" ("InsureePolicyID", "InsureeID", "PolicyId", "EnrollmentDate", "StartDate",
                                "EffectiveDate", "ExpiryDate", "ValidityFrom", "AuditUserID") VALUES
    (1, 1, 1, '2021-03-05', '2021-03-05', '2021-03-05', '2022-03-05', '2021-03-05', 1),
    (2, 2, 2, '2021-03-10', '2021-03-10', '2021-03-10', '2022-03-10', '2021-03-10', 1),
    (3, 3, 3, '2021-03-15', '2021-03-15', '2021-03-15', '2022-03-15', '2021-03-15', 1);
