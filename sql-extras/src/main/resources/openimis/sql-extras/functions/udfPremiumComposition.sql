-- requires: datediff_year
-- udfPremiumComposition(): for every live policy with at least one live, effective member, the
-- parts its contribution is made of, each as numeric(18,2):
--   "AssFee"  general assembly fee: the product's GeneralAssemblyLumpSum, or when that is NULL or
--             0, GeneralAssemblyFee (NULL counts as 0) per member;
--   "RegFee"  registration fee, for new policies (PolicyStage 'N') only, else 0: the product's
--             RegistrationLumpSum, or when that is NULL or 0, RegistrationFee (NULL counts as 0)
--             per member;
--   "PremFee" the premium: the product's LumpSum, or when that is 0, PremiumAdult per adult plus
--             PremiumChild per child (NULL when the per-head price needed is NULL).
-- Members are the live tblInsureePolicy rows of the policy with an EffectiveDate, whose insuree
-- row is live; the product row must be live too. Adult means DATEDIFF(YEAR, DOB, EffectiveDate)
-- >= 18 as SQL Server counts it: the difference of the calendar years, not the age in whole years
-- (born 2005-12-31, effective 2023-01-15: 18, an adult).
CREATE FUNCTION "udfPremiumComposition"()
RETURNS TABLE("PolicyId" integer, "AssFee" numeric, "RegFee" numeric, "PremFee" numeric)
LANGUAGE sql STABLE
AS $$
    WITH members AS (
        SELECT pl."PolicyID",
               prod."ProdID",
               datediff_year(ins."DOB", ip."EffectiveDate") >= 18 AS is_adult
        FROM "tblPolicy" pl
        JOIN "tblInsureePolicy" ip ON ip."PolicyId" = pl."PolicyID"
        JOIN "tblInsuree" ins      ON ins."InsureeID" = ip."InsureeID"
        JOIN "tblProduct" prod     ON prod."ProdID" = pl."ProdID"
        WHERE pl."ValidityTo" IS NULL
          AND ip."ValidityTo" IS NULL
          AND ins."ValidityTo" IS NULL
          AND prod."ValidityTo" IS NULL
          AND ip."EffectiveDate" IS NOT NULL
    ),
    per_policy AS (
        SELECT m."PolicyID",
               m."ProdID",
               count(*)                            AS member_count,
               count(*) FILTER (WHERE m.is_adult)     AS adults,
               count(*) FILTER (WHERE NOT m.is_adult) AS children
        FROM members m
        GROUP BY m."PolicyID", m."ProdID"
    )
    SELECT pp."PolicyID",
           (CASE WHEN coalesce(prod."GeneralAssemblyLumpSum", 0) = 0
                 THEN pp.member_count * coalesce(prod."GeneralAssemblyFee", 0)
                 ELSE prod."GeneralAssemblyLumpSum"
            END)::numeric(18,2),
           (CASE WHEN upper(pl."PolicyStage") = 'N'
                 THEN CASE WHEN coalesce(prod."RegistrationLumpSum", 0) = 0
                           THEN pp.member_count * coalesce(prod."RegistrationFee", 0)
                           ELSE prod."RegistrationLumpSum"
                      END
                 ELSE 0
            END)::numeric(18,2),
           (CASE WHEN coalesce(prod."LumpSum", 0) = 0
                 THEN pp.adults * prod."PremiumAdult" + pp.children * prod."PremiumChild"
                 ELSE prod."LumpSum"
            END)::numeric(18,2)
    FROM per_policy pp
    JOIN "tblPolicy" pl    ON pl."PolicyID" = pp."PolicyID"
    JOIN "tblProduct" prod ON prod."ProdID" = pp."ProdID"
$$;
