-- requires: uspPolicyValue, tblRegions, tblDistricts, tblWards, tblVillages
-- uspSSRSPolicyStatus(rangefrom, rangeto, OfficerID, RegionID, DistrictID, villageid, wardid,
-- policystatus): the policies due for renewal (the policy renewal report), as SQL Server's procedure
-- of the same name lists them.
--
-- Candidates: current policies (not Idle: "PolicyStatus" > 1; = policystatus unless that is 0)
-- expiring between rangefrom and rangeto, of a current family living in a current village of the
-- chosen region/district/ward/village (0 = any), with a current head insuree and a current officer.
-- They are taken in order of renewal date ("ExpiryDate" + 1 day), latest first (ties: highest
-- "PolicyID" first; SQL Server leaves that order open). For each:
--  * Product: when the product has a "ConversionProdID", the chain of conversions is followed (at
--    most 20 steps) and the last product of the chain is reported (id, code, name, dates);
--    "ConvProdID" is then that product's own "ConversionProdID" (NULL or 0).
--  * Officer: when the officer has a substitute ("OfficerIDSubst") and "WorksTo" is before the
--    renewal date, the chain of substitutes is followed to its end (at most 20 steps) and that
--    officer is reported (id, code, names, phone, "WorksTo"; "OffSubstID" is that officer's own
--    substitute, NULL or 0).
--  * Left out when the family already has a current policy of the reported product (or of
--    "ConvProdID") starting on or after the renewal date, or when an earlier row of the list has
--    the same family and product.
--  * policyvalue: the renewal value, uspPolicyValue(family, product, 0, 'R', renewal date, policy).
--    SQL Server reads it as the procedure's RETURN value (EXEC @PolicyValue = uspPolicyValue ...),
--    an integer: the value is truncated to a whole number; shown as decimal(18,4) like its variable.
-- Finally the officer filter (OfficerID, 0 = any) is applied to the reported (substituted) officer;
-- rows it removes still count for "an earlier row with the same family and product".
-- Returns the rows in list order.
CREATE FUNCTION "uspSSRSPolicyStatus"(
    rangefrom timestamp without time zone,
    rangeto timestamp without time zone,
    "OfficerID" integer DEFAULT 0,
    "RegionID" integer DEFAULT 0,
    "DistrictID" integer DEFAULT 0,
    villageid integer DEFAULT 0,
    wardid integer DEFAULT 0,
    policystatus integer DEFAULT 0
)
RETURNS TABLE(
    "PolicyID" integer, "FamilyID" integer, "RenewalDate" date, policyvalue numeric,
    "InsureeID" integer, "ProductID" integer, productcode character varying,
    productname character varying, "ProductFromDate" date, "ProductToDate" date,
    "DistrictName" character varying, "VillageName" character varying,
    "WardName" character varying, "CHFID" character varying, "InsLastName" character varying,
    "InsOtherNames" character varying, "InsDOB" date, "ConvProdID" integer, "OffID" integer,
    "OffCode" character varying, "OffLastName" character varying,
    "OffOtherNames" character varying, "OffPhone" character varying, "OffSubstID" integer,
    "OffWorkTo" date
)
LANGUAGE plpgsql STABLE
AS $$
DECLARE
    range_from      ALIAS FOR $1;
    range_to        ALIAS FOR $2;
    officer_filter  ALIAS FOR $3;
    region_filter   ALIAS FOR $4;
    district_filter ALIAS FOR $5;
    village_filter  ALIAS FOR $6;
    ward_filter     ALIAS FOR $7;
    status_filter   ALIAS FOR $8;
    candidate record;
    steps integer;
    next_id integer;
    -- family and product of every row listed so far (also those the officer filter hides)
    listed_families integer[] := '{}';
    listed_products integer[] := '{}';
BEGIN
    FOR candidate IN
        SELECT
            pl."PolicyID"             AS policy_id,
            pl."FamilyID"             AS family_id,
            pl."ExpiryDate" + 1       AS renewal_date,
            f."InsureeID"             AS head_id,
            prod."ProdID"             AS product_id,
            prod."ProductCode"        AS product_code,
            prod."ProductName"        AS product_name,
            prod."DateFrom"::date     AS product_from,
            prod."DateTo"::date       AS product_to,
            prod."ConversionProdID"   AS conversion_id,
            d."DistrictName"          AS district_name,
            v."VillageName"           AS village_name,
            w."WardName"              AS ward_name,
            i."CHFID"                 AS chfid,
            i."LastName"              AS last_name,
            i."OtherNames"            AS other_names,
            i."DOB"                   AS dob,
            o."OfficerID"             AS officer_id,
            o."Code"                  AS officer_code,
            o."LastName"              AS officer_last_name,
            o."OtherNames"            AS officer_other_names,
            o."Phone"                 AS officer_phone,
            o."OfficerIDSubst"        AS officer_subst_id,
            o."WorksTo"::date         AS officer_works_to
        FROM "tblPolicy" pl
        JOIN "tblFamilies" f   ON f."FamilyID" = pl."FamilyID"
        JOIN "tblInsuree" i    ON i."InsureeID" = f."InsureeID"
        JOIN "tblProduct" prod ON prod."ProdID" = pl."ProdID"
        JOIN "tblVillages" v   ON v."VillageId" = f."LocationId"
        JOIN "tblWards" w      ON w."WardId" = v."WardId"
        JOIN "tblDistricts" d  ON d."DistrictId" = w."DistrictId"
        JOIN "tblRegions" r    ON r."RegionId" = d."Region"
        JOIN "tblOfficer" o    ON o."OfficerID" = pl."OfficerID"
        WHERE pl."ValidityTo" IS NULL
          AND f."ValidityTo" IS NULL
          AND i."ValidityTo" IS NULL
          AND o."ValidityTo" IS NULL
          AND v."ValidityTo" IS NULL
          AND w."ValidityTo" IS NULL
          AND d."ValidityTo" IS NULL
          AND r."ValidityTo" IS NULL
          AND pl."ExpiryDate" BETWEEN range_from AND range_to
          AND (region_filter = 0 OR r."RegionId" = region_filter)
          AND (district_filter = 0 OR d."DistrictId" = district_filter)
          AND (ward_filter = 0 OR w."WardId" = ward_filter)
          AND (village_filter = 0 OR v."VillageId" = village_filter)
          AND (status_filter = 0 OR pl."PolicyStatus" = status_filter)
          AND pl."PolicyStatus" > 1
        ORDER BY pl."ExpiryDate" DESC, pl."PolicyID" DESC
    LOOP
        "PolicyID"        := candidate.policy_id;
        "FamilyID"        := candidate.family_id;
        "RenewalDate"     := candidate.renewal_date;
        "InsureeID"       := candidate.head_id;
        "ProductID"       := candidate.product_id;
        productcode       := candidate.product_code;
        productname       := candidate.product_name;
        "ProductFromDate" := candidate.product_from;
        "ProductToDate"   := candidate.product_to;
        "ConvProdID"      := candidate.conversion_id;
        "DistrictName"    := candidate.district_name;
        "VillageName"     := candidate.village_name;
        "WardName"        := candidate.ward_name;
        "CHFID"           := candidate.chfid;
        "InsLastName"     := candidate.last_name;
        "InsOtherNames"   := candidate.other_names;
        "InsDOB"          := candidate.dob;
        "OffID"           := candidate.officer_id;
        "OffCode"         := candidate.officer_code;
        "OffLastName"     := candidate.officer_last_name;
        "OffOtherNames"   := candidate.officer_other_names;
        "OffPhone"        := candidate.officer_phone;
        "OffSubstID"      := candidate.officer_subst_id;
        "OffWorkTo"       := candidate.officer_works_to;

        -- Product conversions: walk the chain; the details come from the product that ends it.
        IF coalesce("ConvProdID", 0) > 0 THEN
            steps := 0;
            WHILE "ConvProdID" <> 0 AND steps < 20 LOOP
                "ProductID" := "ConvProdID";
                SELECT p."ConversionProdID" INTO next_id
                FROM "tblProduct" p WHERE p."ProdID" = "ProductID";
                IF FOUND THEN
                    "ConvProdID" := next_id;
                END IF;
                IF coalesce("ConvProdID", 0) = 0 THEN
                    SELECT p."ProductCode", p."ProductName", p."DateFrom"::date, p."DateTo"::date
                    INTO productcode, productname, "ProductFromDate", "ProductToDate"
                    FROM "tblProduct" p WHERE p."ProdID" = "ProductID";
                END IF;
                steps := steps + 1;
            END LOOP;
        END IF;

        -- Officer substitutes: only when the officer stopped working before the renewal date;
        -- then the chain is walked to its end, the details coming from its last officer.
        IF coalesce("OffID", 0) > 0 AND coalesce("OffSubstID", 0) > 0 THEN
            steps := 0;
            WHILE "OffSubstID" <> 0 AND steps < 20 AND "OffWorkTo" < "RenewalDate" LOOP
                "OffID" := "OffSubstID";
                SELECT o."OfficerIDSubst" INTO next_id
                FROM "tblOfficer" o WHERE o."OfficerID" = "OffID";
                IF FOUND THEN
                    "OffSubstID" := next_id;
                END IF;
                IF coalesce("OffSubstID", 0) = 0 THEN
                    SELECT o."Code", o."LastName", o."OtherNames", o."Phone", o."WorksTo"::date
                    INTO "OffCode", "OffLastName", "OffOtherNames", "OffPhone", "OffWorkTo"
                    FROM "tblOfficer" o WHERE o."OfficerID" = "OffID";
                END IF;
                steps := steps + 1;
            END LOOP;
        END IF;

        -- Already renewed: a later policy of the family for the product exists.
        CONTINUE WHEN EXISTS (
            SELECT 1
            FROM "tblPolicy" later
            WHERE later."FamilyID" = "uspSSRSPolicyStatus"."FamilyID"
              AND (later."ProdID" = "ProductID" OR later."ProdID" = "ConvProdID")
              AND later."StartDate" >= "RenewalDate"
              AND later."ValidityTo" IS NULL
        );
        -- Already listed: an earlier row with this family and product (SQL Server's test, with its
        -- operator precedence: same family and product, or product = "ConvProdID").
        CONTINUE WHEN EXISTS (
            SELECT 1
            FROM unnest(listed_families, listed_products) AS listed(family_id, product_id)
            WHERE (listed.family_id = "FamilyID" AND listed.product_id = "ProductID")
               OR listed.product_id = "ConvProdID"
        );

        policyvalue := trunc("uspPolicyValue"("FamilyID", "ProductID", 0, 'R', "RenewalDate",
                                              "PolicyID", 0))::numeric(18,4);
        listed_families := listed_families || "FamilyID";
        listed_products := listed_products || "ProductID";

        IF officer_filter = 0 OR "OffID" = officer_filter THEN
            RETURN NEXT;
        END IF;
    END LOOP;
END
$$;
