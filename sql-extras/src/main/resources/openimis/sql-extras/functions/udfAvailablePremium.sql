-- requires: tblVillages, tblWards, tblDistricts
-- udfAvailablePremium(themonth, theyear, themode, prodid, locationid): the part of the collected
-- contributions that is "earned" in one calendar month, spread over the days each payment covers.
-- Meaning of SQL Server dbo.udfAvailablePremium, with the PostgreSQL argument order of the upstream
-- port (month, year, mode, product, location).
--
--   themode 1: one row per product, only for product prodid (there is no "0 = all products" here,
--              unlike the sibling functions: prodid 0 gives no row); Officer/LastName/OtherNames NULL.
--   themode 2: one row per product and enrolment officer (valid officer rows only); prodid is ignored.
--   other modes: no row.
--   locationid: 0 = everywhere, else a region or a district (of the family's village).
--
-- Premiums (valid, paid not after the policy's expiry) of valid, non-idle policies are summed per
-- (product, expiry, pay date, effective date [, officer]). For each such group, with
--   covered_from = the later of pay date and effective date (the pay date when there is none),
-- the share of the month is, in this order of precedence:
--   a. the policy ends in the month (the day before expiry lies in it, expiry not on the 1st):
--      days from max(pay date, 1st of month) to expiry (at least 1) x daily rate
--   b. covered_from lies in the month: days from covered_from to the month's end, inclusive x daily rate
--   c. effective before the month, expiry after it, paid before it: days in month x daily rate
--   otherwise nothing,
-- where daily rate = amount / days from covered_from to expiry (1 when that is not positive; in case c
-- the original makes that test on expiry - 1 day, kept here although under case c's conditions the
-- span is always longer than a month). SQL Server computes the quotient as decimal(38,6), cutting
-- (not rounding) the digits after the sixth: trunc(..., 6) does the same.
-- A product or officer whose groups all give nothing still gets a row, with 0.
CREATE FUNCTION "udfAvailablePremium"(
    themonth   integer,
    theyear    integer,
    themode    integer,
    prodid     integer DEFAULT 0,
    locationid integer DEFAULT 0
)
RETURNS TABLE (
    "ProdId"     integer,
    "Allocated"  double precision,
    "Officer"    varchar,
    "LastName"   varchar,
    "OtherNames" varchar
)
LANGUAGE sql STABLE
AS $$
    WITH the_month AS (
        SELECT make_date(theyear, themonth, 1) AS first_day,
               (make_date(theyear, themonth, 1) + interval '1 month' - interval '1 day')::date AS last_day
    ),
    paid AS (
        -- premiums summed per product / dates (/ officer in mode 2)
        SELECT pl."ProdID"                                   AS prod_id,
               pl."ExpiryDate"                               AS expiry,
               pr."PayDate"                                  AS pay_date,
               pl."EffectiveDate"                            AS effective,
               CASE WHEN themode = 2 THEN o."Code" END       AS officer_code,
               CASE WHEN themode = 2 THEN o."LastName" END   AS officer_last_name,
               CASE WHEN themode = 2 THEN o."OtherNames" END AS officer_other_names,
               SUM(pr."Amount")                              AS amount
        FROM "tblPremium" pr
        JOIN "tblPolicy" pl     ON pl."PolicyID" = pr."PolicyID"
        JOIN "tblFamilies" fam  ON fam."FamilyID" = pl."FamilyID"
        JOIN "tblVillages" v    ON v."VillageId" = fam."LocationId"
        JOIN "tblWards" w       ON w."WardId" = v."WardId"
        JOIN "tblDistricts" d   ON d."DistrictId" = w."DistrictId"
        LEFT JOIN "tblOfficer" o ON o."OfficerID" = pl."OfficerID"
        WHERE pr."ValidityTo" IS NULL
          AND pl."ValidityTo" IS NULL
          AND pl."PolicyStatus" <> 1
          AND pr."PayDate" <= pl."ExpiryDate"
          AND (locationid = 0 OR d."Region" = locationid OR d."DistrictId" = locationid)
          AND (   (themode = 1 AND pl."ProdID" = prodid)
               OR (themode = 2 AND o."OfficerID" IS NOT NULL AND o."ValidityTo" IS NULL))
        GROUP BY 1, 2, 3, 4, 5, 6, 7
    ),
    spans AS (
        SELECT p.*, m.first_day, m.last_day,
               CASE WHEN p.pay_date < p.effective THEN p.effective ELSE p.pay_date END AS covered_from
        FROM paid p CROSS JOIN the_month m
    ),
    shares AS (
        SELECT s.prod_id, s.officer_code, s.officer_last_name, s.officer_other_names,
               CASE
                   -- a. the policy ends within the month
                   WHEN EXTRACT(MONTH FROM s.expiry - 1) = themonth
                    AND EXTRACT(YEAR FROM s.expiry - 1) = theyear
                    AND EXTRACT(DAY FROM s.expiry) > 1
                   THEN CASE WHEN s.expiry - greatest(s.pay_date, s.first_day) = 0 THEN 1
                             ELSE s.expiry - greatest(s.pay_date, s.first_day) END
                        * trunc(s.amount / CASE WHEN s.expiry - s.covered_from <= 0 THEN 1
                                                ELSE s.expiry - s.covered_from END, 6)
                   -- b. the cover starts within the month
                   WHEN EXTRACT(MONTH FROM s.covered_from) = themonth
                    AND EXTRACT(YEAR FROM s.covered_from) = theyear
                   THEN (EXTRACT(DAY FROM s.last_day)::integer + 1 - EXTRACT(DAY FROM s.covered_from)::integer)
                        * trunc(s.amount / CASE WHEN s.expiry - s.covered_from <= 0 THEN 1
                                                ELSE s.expiry - s.covered_from END, 6)
                   -- c. the whole month is covered by a payment made before it
                   WHEN s.effective < s.first_day AND s.expiry > s.last_day AND s.pay_date < s.first_day
                   THEN EXTRACT(DAY FROM s.last_day)::integer
                        * trunc(s.amount / CASE WHEN (s.expiry - 1) - s.covered_from <= 0 THEN 1
                                                ELSE s.expiry - s.covered_from END, 6)
               END AS share
        FROM spans s
    )
    SELECT sh.prod_id,
           COALESCE(SUM(sh.share), 0)::double precision,
           sh.officer_code::varchar,
           sh.officer_last_name::varchar,
           sh.officer_other_names::varchar
    FROM shares sh
    GROUP BY sh.prod_id, sh.officer_code, sh.officer_last_name, sh.officer_other_names
$$;
