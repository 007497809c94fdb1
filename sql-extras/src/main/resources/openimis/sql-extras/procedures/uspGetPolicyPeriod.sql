-- uspGetPolicyPeriod(prodid, enroldate, hascycles, policystage): the insurance period a policy of
-- product prodid enrolled on enroldate gets, as SQL Server's procedure of the same name computes it.
-- One row: "StartDate", "ExpiryDate" and "HasCycle" (B'1' when the product works with cycles).
--
--  * A new policy (policystage 'N') first has the product's AdministrationPeriod (months, NULL = 0)
--    added to the enrolment date; a renewal does not.
--  * Product with cycles ("StartCycle1" not blank): the cycle starts are 'DD-MM' strings taken in the
--    year of that (shifted) date; an empty StartCycle2..4 repeats the one before it. The policy starts
--    at the first cycle (in the order 1, 2, 3, 4) whose start plus "GracePeriod" months is still
--    after the date; when none is, it starts at cycle 1 of the next year.
--  * Product without cycles: the policy starts on the (shifted) date itself.
--  * "ExpiryDate" = start + "InsurancePeriod" months - 1 day. Month arithmetic clamps to the end of
--    the month, as SQL Server's DATEADD does.
--  * Unknown product: (NULL, NULL, B'0'), as in SQL Server.
-- hascycles is an OUTPUT parameter in SQL Server; here its value is ignored (the answer is in the
-- "HasCycle" column). policystage is compared case-insensitively (SQL Server's default collation).
CREATE FUNCTION "uspGetPolicyPeriod"(
    prodid integer,
    enroldate date,
    hascycles bit DEFAULT B'0',
    policystage character varying DEFAULT 'N'
)
RETURNS TABLE("StartDate" date, "ExpiryDate" date, "HasCycle" bit)
LANGUAGE sql STABLE
AS $$
WITH product AS (
    SELECT
        p."GracePeriod"     AS grace_months,
        p."InsurancePeriod" AS insurance_months,
        -- the date the cycles are looked up from
        CASE WHEN upper("uspGetPolicyPeriod".policystage) = 'N'
             THEN ("uspGetPolicyPeriod".enroldate
                   + make_interval(months => coalesce(p."AdministrationPeriod", 0)))::date
             ELSE "uspGetPolicyPeriod".enroldate
        END AS from_date,
        length(rtrim(p."StartCycle1")) > 0 AS has_cycles,
        -- cycle starts as 'DD-MM'; a blank one falls back to the one before it
        btrim(p."StartCycle1") AS cycle1,
        coalesce(nullif(btrim(p."StartCycle2"), ''), btrim(p."StartCycle1")) AS cycle2,
        coalesce(nullif(btrim(p."StartCycle3"), ''), nullif(btrim(p."StartCycle2"), ''),
                 btrim(p."StartCycle1")) AS cycle3,
        coalesce(nullif(btrim(p."StartCycle4"), ''), nullif(btrim(p."StartCycle3"), ''),
                 nullif(btrim(p."StartCycle2"), ''), btrim(p."StartCycle1")) AS cycle4
    FROM "tblProduct" p
    WHERE p."ProdID" = "uspGetPolicyPeriod".prodid
),
cycle_dates AS (
    -- the cycle starts in the year of from_date (only for products with cycles)
    SELECT
        pr.*,
        to_date(pr.cycle1 || '-' || extract(year FROM pr.from_date), 'DD-MM-YYYY') AS start1,
        to_date(pr.cycle2 || '-' || extract(year FROM pr.from_date), 'DD-MM-YYYY') AS start2,
        to_date(pr.cycle3 || '-' || extract(year FROM pr.from_date), 'DD-MM-YYYY') AS start3,
        to_date(pr.cycle4 || '-' || extract(year FROM pr.from_date), 'DD-MM-YYYY') AS start4
    FROM product pr
    WHERE pr.has_cycles
),
period_start AS (
    SELECT
        c.insurance_months,
        B'1' AS has_cycle,
        CASE
            WHEN c.from_date < c.start1 + make_interval(months => c.grace_months) THEN c.start1
            WHEN c.from_date < c.start2 + make_interval(months => c.grace_months) THEN c.start2
            WHEN c.from_date < c.start3 + make_interval(months => c.grace_months) THEN c.start3
            WHEN c.from_date < c.start4 + make_interval(months => c.grace_months) THEN c.start4
            ELSE (c.start1 + interval '1 year')::date
        END AS start_date
    FROM cycle_dates c
    UNION ALL
    SELECT pr.insurance_months, B'0', pr.from_date
    FROM product pr
    WHERE NOT coalesce(pr.has_cycles, false)
)
SELECT
    s.start_date,
    (s.start_date + make_interval(months => s.insurance_months))::date - 1,
    s.has_cycle
FROM period_start s
UNION ALL
-- unknown product
SELECT NULL::date, NULL::date, B'0'
WHERE NOT EXISTS (SELECT 1 FROM product)
$$;
