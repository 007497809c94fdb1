-- requires: tblDistricts, tblRegions, month, quarter, year
-- Report view uvwNumberFeedbackAnswerYes: the number of "yes" answers to the four feedback
-- questions, per question (QuestionId 1 = care rendered, 2 = payment asked, 3 = drug prescribed,
-- 4 = drug received), month, quarter and year of the feedback date, health facility of the claim
-- and product. A feedback counts once for each product found on the current items and services of
-- its claim (claims without a product are not counted). Region and DistrictName are the health
-- facility's, given twice (also as HFRegion and HFDistrict). Only the feedback must be current
-- (the original tests neither the claim, the product nor the facility).
-- The original is a UNION ALL of four grouped queries, one per question; unpivoting the answers
-- first and grouping by question gives the same rows.
-- Text is grouped as SQL Server groups it (case and trailing spaces ignored): by upper(rtrim(x)), each
-- group showing min(x COLLATE "C") in the column's own type (the text rule in sql-extras/README.md).
CREATE VIEW "uvwNumberFeedbackAnswerYes" AS
WITH yes_answers AS (
    SELECT f."FeedbackID", f."ClaimID", f."FeedbackDate", q.question_id
    FROM "tblFeedback" f
    CROSS JOIN LATERAL (VALUES (1, f."CareRendered"),
                               (2, f."PaymentAsked"),
                               (3, f."DrugPrescribed"),
                               (4, f."DrugReceived")) AS q(question_id, answer)
    WHERE f."ValidityTo" IS NULL
      AND q.answer
),
claim_products AS (
    -- distinct (claim, product) pairs of the current lines
    SELECT "ClaimID", "ProdID"
    FROM "tblClaimItems"
    WHERE "ValidityTo" IS NULL
    UNION
    SELECT "ClaimID", "ProdID"
    FROM "tblClaimServices"
    WHERE "ValidityTo" IS NULL
)
SELECT count(y."FeedbackID")                            AS "AnsYes",
       y.question_id                                    AS "QuestionId",
       month(y."FeedbackDate")                          AS "monthtime",
       quarter(y."FeedbackDate")                        AS "quartertime",
       year(y."FeedbackDate")                           AS "yeartime",
       min(hf."HFLevel" COLLATE "C")::varchar(1)        AS "HFLevel",
       min(hf."HFCode" COLLATE "C")::varchar(8)         AS "HFCode",
       min(hf."HFName" COLLATE "C")::varchar(100)       AS "HFName",
       min(hfr."RegionName" COLLATE "C")::varchar(50)   AS "Region",
       min(hfd."DistrictName" COLLATE "C")::varchar(50) AS "DistrictName",
       min(p."ProductCode" COLLATE "C")::varchar(8)     AS "ProductCode",
       min(p."ProductName" COLLATE "C")::varchar(100)   AS "ProductName",
       min(hfd."DistrictName" COLLATE "C")::varchar(50) AS "HFDistrict",
       min(hfr."RegionName" COLLATE "C")::varchar(50)   AS "HFRegion"
FROM yes_answers y
JOIN "tblClaim" c         ON c."ClaimID" = y."ClaimID"
JOIN claim_products cp    ON cp."ClaimID" = c."ClaimID"
JOIN "tblProduct" p       ON p."ProdID" = cp."ProdID"
JOIN "tblHF" hf           ON hf."HfID" = c."HFID"
JOIN "tblDistricts" hfd   ON hfd."DistrictId" = hf."LocationId"
JOIN "tblRegions" hfr     ON hfr."RegionId" = hfd."Region"
GROUP BY y.question_id, month(y."FeedbackDate"), quarter(y."FeedbackDate"), year(y."FeedbackDate"),
         upper(rtrim(hf."HFLevel")), upper(rtrim(hf."HFCode")), upper(rtrim(hf."HFName")),
         upper(rtrim(p."ProductCode")), upper(rtrim(p."ProductName")), upper(rtrim(hfd."DistrictName")),
         upper(rtrim(hfr."RegionName"));
