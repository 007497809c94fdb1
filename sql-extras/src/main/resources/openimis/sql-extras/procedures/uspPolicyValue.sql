-- requires: uspGetPolicyPeriod
-- uspPolicyValue(familyid, prodid, policyid, policystage, enrolldate, previouspolicyid, errorcode):
-- the value (contribution due) of a policy, as SQL Server's procedure of the same name computes it
-- (the PolicyValue it selects, decimal(18,2)).
--
-- Which policy:
--  * policyid > 0 and that tblPolicy row exists: its family, product, stage and enrolment date are
--    used (the arguments for them are ignored); otherwise the arguments, enrolldate NULL = today.
--  * The product version is the one valid at the enrolment date: among the rows with "ProdID" or
--    "LegacyID" = the product id and "ValidityFrom" (date) <= enrolment date, the latest. No such row:
--    every product figure counts as 0, so the value is 0.
-- Members: the family's current insurees, the first "MemberCount" of them by "ValidityFrom". Age is
-- counted in calendar years up to TODAY (SQL Server DATEDIFF(YEAR, DOB, GETDATE())): >= 18 adult,
-- else child. Relationship 7 ("other") members are counted apart from the family members.
-- Value = contribution + general assembly + registration, where
--  * contribution = "LumpSum" if > 0, else adults * "PremiumAdult" + children * "PremiumChild";
--    plus, in both cases, (extra adults + other adults) * "PremiumAdult"
--    + (extra children + other children) * "PremiumChild". The extras are the family members beyond
--    "Threshold" (when > 0): adults first, then children in the places left;
--  * general assembly = "GeneralAssemblyLumpSum" if > 0, else all counted members * "GeneralAssemblyFee";
--  * registration (new policies, stage 'N', only) = "RegistrationLumpSum" if > 0, else all counted
--    members * "RegistrationFee".
-- Discounts (percent of that value, rounded to cents):
--  * stage 'N': "EnrolmentDiscountPerc", when the product works with cycles and the enrolment date
--    is on or before (policy start from uspGetPolicyPeriod - "EnrolmentDiscountPeriod" months);
--  * stage 'R': "RenewalDiscountPerc", when the enrolment date is on or before (reference date -
--    "RenewalDiscountPeriod" months); the reference date is the day after the expiry of the current
--    policy previouspolicyid when previouspolicyid > 0 (no such policy: no discount), else the
--    policy start from uspGetPolicyPeriod.
-- Any other stage: no registration and no discount. Stages are compared case-insensitively (SQL
-- Server's default collation). errorcode is an OUTPUT parameter in SQL Server (-1 no product
-- version, -2 product deleted); here it is ignored, and as in SQL Server neither case stops the
-- calculation.
CREATE FUNCTION "uspPolicyValue"(
    familyid integer DEFAULT 0,
    prodid integer DEFAULT 0,
    policyid integer DEFAULT 0,
    policystage character DEFAULT NULL,
    enrolldate date DEFAULT NULL,
    previouspolicyid integer DEFAULT 0,
    errorcode integer DEFAULT 0
)
RETURNS numeric
LANGUAGE sql STABLE
AS $$
WITH saved_policy AS (
    SELECT p."FamilyID" AS family_id, p."ProdID" AS product_id,
           p."PolicyStage" AS stage, p."EnrollDate" AS enrol_date
    FROM "tblPolicy" p
    WHERE "uspPolicyValue".policyid > 0
      AND p."PolicyID" = "uspPolicyValue".policyid
),
target AS (
    SELECT s.family_id, s.product_id, upper(s.stage) AS stage, s.enrol_date
    FROM saved_policy s
    UNION ALL
    SELECT "uspPolicyValue".familyid, "uspPolicyValue".prodid, upper("uspPolicyValue".policystage),
           coalesce("uspPolicyValue".enrolldate, current_date)
    WHERE NOT EXISTS (SELECT 1 FROM saved_policy)
),
product AS (
    -- the product version valid at the enrolment date; all figures 0 when there is none
    SELECT
        coalesce(v."LumpSum", 0)                 AS lump_sum,
        coalesce(v."PremiumAdult", 0)            AS premium_adult,
        coalesce(v."PremiumChild", 0)            AS premium_child,
        coalesce(v."RegistrationLumpSum", 0)     AS registration_lump_sum,
        coalesce(v."RegistrationFee", 0)         AS registration_fee,
        coalesce(v."GeneralAssemblyLumpSum", 0)  AS assembly_lump_sum,
        coalesce(v."GeneralAssemblyFee", 0)      AS assembly_fee,
        coalesce(v."Threshold", 0)               AS threshold,
        coalesce(v."MemberCount", 0)             AS member_count,
        coalesce(v."RenewalDiscountPeriod", 0)   AS renewal_discount_months,
        coalesce(v."RenewalDiscountPerc", 0)     AS renewal_discount_percent,
        coalesce(v."EnrolmentDiscountPeriod", 0) AS enrolment_discount_months,
        coalesce(v."EnrolmentDiscountPerc", 0)   AS enrolment_discount_percent
    FROM target t
    LEFT JOIN LATERAL (
        SELECT pv.*
        FROM "tblProduct" pv
        WHERE (pv."ProdID" = t.product_id OR pv."LegacyID" = t.product_id)
          AND pv."ValidityFrom"::date <= t.enrol_date
        ORDER BY pv."ValidityFrom" DESC, pv."ValidityTo" IS NULL DESC, pv."ProdID" DESC
        LIMIT 1
    ) v ON true
),
numbered_members AS (
    SELECT
        row_number() OVER (ORDER BY i."ValidityFrom", i."InsureeID") AS position,
        extract(year FROM current_date) - extract(year FROM i."DOB") >= 18 AS is_adult,
        coalesce(i."Relationship", 0) = 7 AS is_other
    FROM target t
    JOIN "tblInsuree" i ON i."FamilyID" = t.family_id AND i."ValidityTo" IS NULL
),
member_counts AS (
    SELECT
        count(*) FILTER (WHERE m.is_adult AND NOT m.is_other)     AS adults,
        count(*) FILTER (WHERE NOT m.is_adult AND NOT m.is_other) AS children,
        count(*) FILTER (WHERE m.is_adult AND m.is_other)         AS other_adults,
        count(*) FILTER (WHERE NOT m.is_adult AND m.is_other)     AS other_children,
        count(*)                                                  AS everyone
    FROM numbered_members m
    WHERE m.position <= (SELECT member_count FROM product)
),
extra_adults AS (
    -- adults beyond the threshold
    SELECT c.*, pr.*,
           CASE WHEN pr.threshold > 0 AND c.adults > pr.threshold
                THEN c.adults - pr.threshold ELSE 0 END AS extra_adults
    FROM member_counts c CROSS JOIN product pr
),
extras AS (
    -- children beyond the places the threshold leaves after the adults
    SELECT e.*,
           CASE WHEN e.threshold > 0
                 AND e.children > e.threshold - e.adults + e.extra_adults
                THEN e.children - (e.threshold - e.adults + e.extra_adults) ELSE 0 END AS extra_children
    FROM extra_adults e
),
gross AS (
    SELECT
        (CASE WHEN x.lump_sum > 0 THEN x.lump_sum
              ELSE x.adults * x.premium_adult + x.children * x.premium_child END
         + (x.extra_adults + x.other_adults) * x.premium_adult
         + (x.extra_children + x.other_children) * x.premium_child)
        + CASE WHEN x.assembly_lump_sum > 0 THEN x.assembly_lump_sum
               ELSE x.everyone * x.assembly_fee END
        + CASE WHEN t.stage = 'N'
               THEN CASE WHEN x.registration_lump_sum > 0 THEN x.registration_lump_sum
                         ELSE x.everyone * x.registration_fee END
               ELSE 0 END
        AS value,
        x.enrolment_discount_months, x.enrolment_discount_percent,
        x.renewal_discount_months, x.renewal_discount_percent,
        t.stage, t.enrol_date, per."StartDate" AS start_date, per."HasCycle" AS has_cycle
    FROM extras x
    CROSS JOIN target t
    CROSS JOIN LATERAL "uspGetPolicyPeriod"(t.product_id, t.enrol_date, B'0', t.stage) per
),
discount AS (
    SELECT
        g.value,
        CASE
            WHEN g.stage = 'N'
             AND g.has_cycle = B'1'
             AND g.enrol_date <= g.start_date - make_interval(months => g.enrolment_discount_months)
            THEN g.enrolment_discount_percent
            WHEN g.stage = 'R'
             AND g.enrol_date <= (CASE WHEN "uspPolicyValue".previouspolicyid > 0
                                       THEN (SELECT prev."ExpiryDate" + 1
                                             FROM "tblPolicy" prev
                                             WHERE prev."ValidityTo" IS NULL
                                               AND prev."PolicyID" = "uspPolicyValue".previouspolicyid)
                                       ELSE g.start_date END)
                                 - make_interval(months => g.renewal_discount_months)
            THEN g.renewal_discount_percent
            ELSE 0
        END AS percent
    FROM gross g
)
SELECT round(d.value - d.value * 0.01 * d.percent, 2)
FROM discount d
$$;
