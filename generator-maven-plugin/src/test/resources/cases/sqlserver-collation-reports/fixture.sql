-- Fixture for the report views and the officer rows (mode 2) of the udf functions, where SQL Server's
-- default collation (SQL_Latin1_General_CP1_CI_AS) groups text without regard to case or trailing
-- spaces. Everything comes in pairs: an "upper" row and a "lower" row that differ only in the case and
-- trailing space of their names and codes, so SQL Server puts both in one group everywhere; compared
-- case-sensitively each pair would stay two groups. Amounts have cents.
--
-- Location   North(1) R / Alpha(11) D / AlphaWard(111) W / Kilosa(1111) V and 'kilosa '(1112) V
-- Products   1 'PA' 'Product A'            2 'pa' 'product a '            (both national)
-- Officers   1 'E1' 'Lane' 'Ann'           2 'e1' 'lane ' 'ann'           (both of Alpha)
-- Facility   1 'HF1' 'Kilosa Hospital' 'H' 2 'hf1' 'kilosa hospital ' 'h' (both in Alpha)
-- ICD        1 'A00' 'Cholera'             2 'a00' 'cholera '
-- Items      1 'IT1' 'Paracetamol' 'D'     2 'it1' 'paracetamol ' 'd'
-- Services   1 'SV1' 'Consultation' 'C'    2 'sv1' 'consultation ' 'c'
-- Payers     1 'G' 'Gov Fund'              2 'g' 'gov fund '
-- Families (head, the only member)  F1 in Kilosa: I1 Ames Al 'F' 1980-05-10
--                                   F2 in 'kilosa ': I2 Birk Bo 'f' 1980-05-10
-- Policies (all product 1)
--   P1 F1 officer 1 stage 'N' enrolled/effective 2021-03-05, expires 2022-03-04, suspended (status 4)
--      since 2021-09-01 (ValidityFrom)
--   P2 F2 officer 2 stage 'n' enrolled/effective 2021-03-10, expires 2022-03-09, suspended since 2021-09-15
--   P3 F1 officer 1 stage 'R' enrolled 2022-03-01, effective 2022-03-05, expires 2023-03-04, active
--   P4 F2 officer 2 stage 'r' enrolled 2022-03-02, effective 2022-03-10, expires 2023-03-09, active
--   insuree-policy links: I1-P1, I2-P2 only
-- Premiums   P1 1825.50 paid 2021-03-05 type 'C' by payer 1; P2 1824.25 paid 2021-03-10 type 'c' by payer 2
-- Claims (all June 2021; odd ones: facility 1, insuree I1, ICD 1; even ones: facility 2, insuree I2, ICD 2)
--   C1 status 16 06-01..06-01 claimed 06-02 visit 'O'    C2 status 16 06-03..06-03 claimed 06-04 visit 'o'
--   C3 status  8 06-07..06-09 claimed 06-10 visit 'E'    C4 status  8 06-14..06-16 claimed 06-17 visit 'e'
--   C5 status  1 06-21..06-21 claimed 06-22 visit 'O'    C6 status  1 06-23..06-23 claimed 06-24 visit 'o'
-- Claim items: item 1 on odd claims, item 2 on even ones; product 1 on C1, C3, C5, product 2 on C2, C4, C6
--   (claim: qty x price asked, PriceValuated, RemuneratedAmount, RejectionReason)
--   C1: 2 x 1.25, 2.50, 2.25, 0    C2: 1 x 1.25, 1.25, 1.10, 0    C3: 3 x 1.25, 3.75, 3.50, 0
--   C4: 4 x 1.25, 5.00, 4.80, 0    C5: 2 x 1.25, NULL, NULL, 1    C6: 1 x 0.75, NULL, NULL, 1
-- Claim services: service 1 on odd claims, service 2 on even ones; product 2 on C1, C3, C5, product 1 on
--   C2, C4, C6 (so every claim has a line of each product)
--   C1: 1 x 10.50, 10.50,  9.75, 0   C2: 1 x 10.50, 10.25, 10.00, 0   C3: 2 x 10.50, 21.00, 20.50, 0
--   C4: 1 x 10.50, 10.50, 10.05, 0   C5: 1 x 12.40, NULL, NULL, 1     C6: 1 x 7.35, NULL, NULL, 1
-- Feedbacks (care rendered / payment asked / drug prescribed / drug received): C1 2021-06-20 t/f/t/f,
--   C2 2021-06-21 t/f/f/t. Feedback prompts: C1 2021-06-05, C2 2021-06-06.

-- PostgreSQL's foreign key compares case-sensitively, so the lower-case gender needs its own row here
-- (SQL Server's case-insensitive key lets 'f' refer to 'F').
INSERT INTO "tblGender" ("Code", "Gender", "SortOrder") VALUES
    ('M', 'Male', 1), ('F', 'Female', 2), ('f', 'Female (lower-case code)', 3);
INSERT INTO "tblLegalForms" ("LegalFormCode", "LegalForms", "SortOrder") VALUES ('G', 'Government', 1);

INSERT INTO "tblLocations" ("LocationId", "LocationCode", "LocationName", "ParentLocationId", "LocationType",
                            "LocationUUID", "ValidityFrom", "ValidityTo") VALUES
    (1,    'R1',    'North',     NULL, 'R', 'loc-1',    '2010-01-01', NULL),
    (11,   'D11',   'Alpha',     1,    'D', 'loc-11',   '2010-01-01', NULL),
    (111,  'W111',  'AlphaWard', 11,   'W', 'loc-111',  '2010-01-01', NULL),
    (1111, 'V1111', 'Kilosa',    111,  'V', 'loc-1111', '2010-01-01', NULL),
    (1112, 'V1112', 'kilosa ',   111,  'V', 'loc-1112', '2010-01-01', NULL);

INSERT INTO "tblProduct" ("ProdID", "ProdUUID", "ProductCode", "ProductName", "LocationId", "InsurancePeriod",
                          "DateFrom", "DateTo", "LumpSum", "MemberCount", "GracePeriod", "ValidityFrom", "AuditUserID") VALUES
    (1, 'prod-1', 'PA', 'Product A',  NULL, 12, '2010-01-01', '2102-12-31', 3650.00, 6, 0, '2010-01-01', 1),
    (2, 'prod-2', 'pa', 'product a ', NULL, 12, '2010-01-01', '2102-12-31', 3650.00, 6, 0, '2010-01-01', 1);

INSERT INTO "tblOfficer" ("OfficerID", "OfficerUUID", "Code", "LastName", "OtherNames", "LocationId",
                          "ValidityFrom", "AuditUserID") VALUES
    (1, 'off-1', 'E1', 'Lane',  'Ann', 11, '2010-01-01', 1),
    (2, 'off-2', 'e1', 'lane ', 'ann', 11, '2010-01-01', 1);

INSERT INTO "tblHF" ("HfID", "HFCode", "HFName", "LegalForm", "HFLevel", "HFCareType", "LocationId", "OffLine",
                     "HfUUID", "ValidityFrom", "AuditUserID") VALUES
    (1, 'HF1', 'Kilosa Hospital',  'G', 'H', 'B', 11, false, 'hf-1', '2010-01-01', 1),
    (2, 'hf1', 'kilosa hospital ', 'G', 'h', 'B', 11, false, 'hf-2', '2010-01-01', 1);

INSERT INTO "tblFamilies" ("FamilyID", "FamilyUUID", "InsureeID", "LocationId", "ValidityFrom", "AuditUserID") VALUES
    (1, 'fam-1', 1, 1111, '2010-01-01', 1),
    (2, 'fam-2', 2, 1112, '2010-01-01', 1);

INSERT INTO "tblInsuree" ("InsureeID", "InsureeUUID", "FamilyID", "CHFID", "LastName", "OtherNames", "DOB",
                          "Gender", "IsHead", "CardIssued", "ValidityFrom", "AuditUserID") VALUES
    (1, 'ins-1', 1, '100000001', 'Ames', 'Al', '1980-05-10', 'F', true, false, '2010-01-01', 1),
    (2, 'ins-2', 2, '100000002', 'Birk', 'Bo', '1980-05-10', 'f', true, false, '2010-01-01', 1);

INSERT INTO "tblPolicy" ("PolicyID", "PolicyUUID", "FamilyID", "ProdID", "OfficerID", "PolicyStage", "PolicyStatus",
                         "EnrollDate", "StartDate", "EffectiveDate", "ExpiryDate", "PolicyValue",
                         "ValidityFrom", "AuditUserID") VALUES
    (1, 'pol-1', 1, 1, 1, 'N', 4, '2021-03-05', '2021-03-05', '2021-03-05', '2022-03-04', 3650.00, '2021-09-01', 1),
    (2, 'pol-2', 2, 1, 2, 'n', 4, '2021-03-10', '2021-03-10', '2021-03-10', '2022-03-09', 3650.00, '2021-09-15', 1),
    (3, 'pol-3', 1, 1, 1, 'R', 2, '2022-03-01', '2022-03-05', '2022-03-05', '2023-03-04', 3650.00, '2022-03-01', 1),
    (4, 'pol-4', 2, 1, 2, 'r', 2, '2022-03-02', '2022-03-10', '2022-03-10', '2023-03-09', 3650.00, '2022-03-02', 1);

INSERT INTO "tblInsureePolicy" ("InsureePolicyID", "InsureeID", "PolicyId", "EnrollmentDate", "StartDate",
                                "EffectiveDate", "ExpiryDate", "ValidityFrom", "AuditUserID") VALUES
    (1, 1, 1, '2021-03-05', '2021-03-05', '2021-03-05', '2022-03-04', '2021-03-05', 1),
    (2, 2, 2, '2021-03-10', '2021-03-10', '2021-03-10', '2022-03-09', '2021-03-10', 1);

INSERT INTO "tblPayer" ("PayerID", "PayerType", "PayerName", "PayerUUID", "ValidityFrom", "AuditUserID") VALUES
    (1, 'G', 'Gov Fund',  'payer-1', '2010-01-01', 1),
    (2, 'g', 'gov fund ', 'payer-2', '2010-01-01', 1);

INSERT INTO "tblPremium" ("PremiumId", "PolicyID", "PayerID", "Amount", "Receipt", "PayDate", "PayType", "CreatedDate",
                          "PremiumUUID", "ValidityFrom", "AuditUserID") VALUES
    (1, 1, 1, 1825.50, 'RC1', '2021-03-05', 'C', '2021-03-05', 'prem-1', '2021-03-05', 1),
    (2, 2, 2, 1824.25, 'RC2', '2021-03-10', 'c', '2021-03-10', 'prem-2', '2021-03-10', 1);

INSERT INTO "tblICDCodes" ("ICDID", "ICDCode", "ICDName", "ValidityFrom", "AuditUserID") VALUES
    (1, 'A00', 'Cholera',  '2010-01-01', 1),
    (2, 'a00', 'cholera ', '2010-01-01', 1);

INSERT INTO "tblItems" ("ItemID", "ItemCode", "ItemName", "ItemType", "ItemPrice", "ItemCareType", "ItemPatCat",
                        "ItemUUID", "ValidityFrom", "AuditUserID") VALUES
    (1, 'IT1', 'Paracetamol',  'D', 1.25, 'B', 15, 'item-1', '2010-01-01', 1),
    (2, 'it1', 'paracetamol ', 'd', 1.25, 'B', 15, 'item-2', '2010-01-01', 1);

INSERT INTO "tblServices" ("ServiceID", "ServCode", "ServName", "ServType", "ServLevel", "ServPrice", "ServCareType",
                           "ServPatCat", "ServiceUUID", "ValidityFrom", "AuditUserID") VALUES
    (1, 'SV1', 'Consultation',  'C', 'D', 10.50, 'B', 15, 'serv-1', '2010-01-01', 1),
    (2, 'sv1', 'consultation ', 'c', 'D', 10.50, 'B', 15, 'serv-2', '2010-01-01', 1);

INSERT INTO "tblClaim" ("ClaimID", "ClaimCode", "ClaimStatus", "HFID", "InsureeID", "ICDID", "VisitType",
                        "DateFrom", "DateTo", "DateClaimed", "Feedback", "ClaimUUID", "ValidityFrom", "AuditUserID") VALUES
    (1, 'CLM1', 16, 1, 1, 1, 'O', '2021-06-01', '2021-06-01', '2021-06-02', true,  'clm-1', '2021-06-02', 1),
    (2, 'CLM2', 16, 2, 2, 2, 'o', '2021-06-03', '2021-06-03', '2021-06-04', true,  'clm-2', '2021-06-04', 1),
    (3, 'CLM3',  8, 1, 1, 1, 'E', '2021-06-07', '2021-06-09', '2021-06-10', false, 'clm-3', '2021-06-10', 1),
    (4, 'CLM4',  8, 2, 2, 2, 'e', '2021-06-14', '2021-06-16', '2021-06-17', false, 'clm-4', '2021-06-17', 1),
    (5, 'CLM5',  1, 1, 1, 1, 'O', '2021-06-21', '2021-06-21', '2021-06-22', false, 'clm-5', '2021-06-22', 1),
    (6, 'CLM6',  1, 2, 2, 2, 'o', '2021-06-23', '2021-06-23', '2021-06-24', false, 'clm-6', '2021-06-24', 1);

INSERT INTO "tblClaimItems" ("ClaimItemID", "ClaimID", "ItemID", "ProdID", "QtyProvided", "PriceAsked",
                             "PriceValuated", "RemuneratedAmount", "RejectionReason", "ClaimItemStatus", "Availability",
                             "ValidityFrom", "AuditUserID") VALUES
    (1, 1, 1, 1, 2, 1.25, 2.50, 2.25, 0, 1, true, '2021-06-02', 1),
    (2, 2, 2, 2, 1, 1.25, 1.25, 1.10, 0, 1, true, '2021-06-04', 1),
    (3, 3, 1, 1, 3, 1.25, 3.75, 3.50, 0, 1, true, '2021-06-10', 1),
    (4, 4, 2, 2, 4, 1.25, 5.00, 4.80, 0, 1, true, '2021-06-17', 1),
    (5, 5, 1, 1, 2, 1.25, NULL, NULL, 1, 2, true, '2021-06-22', 1),
    (6, 6, 2, 2, 1, 0.75, NULL, NULL, 1, 2, true, '2021-06-24', 1);

INSERT INTO "tblClaimServices" ("ClaimServiceID", "ClaimID", "ServiceID", "ProdID", "QtyProvided", "PriceAsked",
                                "PriceValuated", "RemuneratedAmount", "RejectionReason", "ClaimServiceStatus",
                                "ValidityFrom", "AuditUserID") VALUES
    (1, 1, 1, 2, 1, 10.50, 10.50,  9.75, 0, 1, '2021-06-02', 1),
    (2, 2, 2, 1, 1, 10.50, 10.25, 10.00, 0, 1, '2021-06-04', 1),
    (3, 3, 1, 2, 2, 10.50, 21.00, 20.50, 0, 1, '2021-06-10', 1),
    (4, 4, 2, 1, 1, 10.50, 10.50, 10.05, 0, 1, '2021-06-17', 1),
    (5, 5, 1, 2, 1, 12.40, NULL,  NULL,  1, 2, '2021-06-22', 1),
    (6, 6, 2, 1, 1,  7.35, NULL,  NULL,  1, 2, '2021-06-24', 1);

INSERT INTO "tblFeedback" ("FeedbackID", "ClaimID", "CareRendered", "PaymentAsked", "DrugPrescribed", "DrugReceived",
                           "Asessment", "FeedbackDate", "FeedbackUUID", "ValidityFrom", "AuditUserID") VALUES
    (1, 1, true, false, true,  false, 4, '2021-06-20 12:00', 'fb-1', '2021-06-20', 1),
    (2, 2, true, false, false, true,  3, '2021-06-21 12:00', 'fb-2', '2021-06-21', 1);

INSERT INTO "tblFeedbackPrompt" ("FeedbackPromptID", "ClaimID", "FeedbackPromptDate", "ValidityFrom", "AuditUserID") VALUES
    (1, 1, '2021-06-05', '2021-06-05', 1),
    (2, 2, '2021-06-06', '2021-06-06', 1);
