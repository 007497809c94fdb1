-- udfGetSnapshotIndicators(thedate, officerid): one row of policy counts for an enrolment officer and
-- the officers it replaced, as seen on thedate (meaning of SQL Server dbo.udfGetSnapshotIndicators;
-- mobile phone "snapshot"):
--   Active:    families with a valid active policy (status 2) expiring on or after thedate
--              (the effective date is not looked at), family row valid;
--   Expired:   valid expired policies (status 8) expiring exactly on thedate and not renewed, i.e. the
--              family has no valid active (status 2) renewal policy (stage 'R') of the same product or
--              of the product the expired one converts into; counted per policy, not per family;
--   Idle:      families with a valid idle policy (status 1) expiring on or after thedate, family row
--              valid, and no valid active policy (of any officer) expiring on or after thedate of the
--              same product or of the product the idle one's product converts into;
--   Suspended: the same for suspended policies (status 4).
-- Officer chain as in udfCollectedContribution: the officer, the valid officer it substitutes, the one
-- that one substitutes, ...; on a substitution cycle the original lists the first repeated officer
-- twice, which doubles that officer's Expired count (the other three count distinct families).
CREATE FUNCTION "udfGetSnapshotIndicators"(
    thedate   date,
    officerid integer
)
RETURNS TABLE (
    "Active"    integer,
    "Expired"   integer,
    "Idle"      integer,
    "Suspended" integer
)
LANGUAGE sql STABLE
AS $$
    WITH RECURSIVE officer_chain (officer_id, visited, repeated) AS (
        SELECT officerid, ARRAY[officerid], false
        UNION ALL
        SELECT o."OfficerID", c.visited || o."OfficerID", o."OfficerID" = ANY (c.visited)
        FROM officer_chain c
        JOIN "tblOfficer" o ON o."OfficerIDSubst" = c.officer_id AND o."ValidityTo" IS NULL
        WHERE NOT c.repeated
    ),
    officer_policies AS (
        -- valid policies of the chain's officers, once per chain entry
        SELECT pl.*
        FROM "tblPolicy" pl
        JOIN officer_chain c ON c.officer_id = pl."OfficerID"
        WHERE pl."ValidityTo" IS NULL
    ),
    still_active AS (
        -- valid active policies, of any officer, still running on thedate
        SELECT a."FamilyID", a."ProdID"
        FROM "tblPolicy" a
        WHERE a."ValidityTo" IS NULL
          AND a."PolicyStatus" = 2
          AND a."ExpiryDate" >= thedate
    ),
    active_renewals (family_id, prod_id) AS (
        -- family / product pairs covered by a valid active renewal: its own product, and every valid
        -- product that converts into it
        SELECT rp."FamilyID", prod."ProdID"
        FROM "tblPolicy" rp
        JOIN "tblFamilies" f   ON f."FamilyID" = rp."FamilyID"
        JOIN "tblProduct" prod ON prod."ProdID" = rp."ProdID" OR prod."ConversionProdID" = rp."ProdID"
        WHERE rp."ValidityTo" IS NULL
          AND f."ValidityTo" IS NULL
          AND prod."ValidityTo" IS NULL
          AND upper(rp."PolicyStage") = 'R'
          AND rp."PolicyStatus" = 2
    ),
    waiting AS (
        -- idle and suspended policies with no running active policy of the same (or converted) product
        SELECT p."FamilyID", p."PolicyStatus"
        FROM officer_policies p
        JOIN "tblProduct" prod ON prod."ProdID" = p."ProdID"
        JOIN "tblFamilies" f   ON f."FamilyID" = p."FamilyID"
        WHERE p."PolicyStatus" IN (1, 4)
          AND p."ExpiryDate" >= thedate
          AND f."ValidityTo" IS NULL
          AND NOT EXISTS (SELECT 1 FROM still_active a
                          WHERE a."FamilyID" = p."FamilyID"
                            AND (a."ProdID" = p."ProdID" OR a."ProdID" = prod."ConversionProdID"))
    )
    SELECT
        (SELECT COUNT(DISTINCT p."FamilyID")
         FROM officer_policies p
         JOIN "tblFamilies" f ON f."FamilyID" = p."FamilyID"
         WHERE p."PolicyStatus" = 2
           AND p."ExpiryDate" >= thedate
           AND f."ValidityTo" IS NULL)::integer,
        (SELECT COUNT(*)
         FROM officer_policies p
         WHERE p."PolicyStatus" = 8
           AND p."ExpiryDate" = thedate
           AND NOT EXISTS (SELECT 1 FROM active_renewals r
                           WHERE r.family_id = p."FamilyID" AND r.prod_id = p."ProdID"))::integer,
        (SELECT COUNT(DISTINCT w."FamilyID") FROM waiting w WHERE w."PolicyStatus" = 1)::integer,
        (SELECT COUNT(DISTINCT w."FamilyID") FROM waiting w WHERE w."PolicyStatus" = 4)::integer
$$;
