-- udfExpiredPoliciesPhoneStatistics(datefrom, dateto, officerid): number of expired policies (status 8)
-- of an enrolment officer and of the officers it replaced, with expiry from datefrom to dateto (both
-- included), that were not renewed (meaning of SQL Server dbo.udfExpiredPoliciesPhoneStatistics; mobile
-- phone statistics).
--
-- "Renewed": the family has a valid renewal policy (stage 'R', any status, any date) of the same
-- product, or of the product the expired policy's product converts into ("ConversionProdID"); the
-- renewal's family and product rows must be valid.
-- Officer chain as in udfCollectedContribution: the officer, the valid officer it substitutes, the one
-- that one substitutes, ...; on a substitution cycle the original lists the first repeated officer
-- twice, so its policies count twice; the recursive CTE keeps that.
CREATE FUNCTION "udfExpiredPoliciesPhoneStatistics"(
    datefrom  date,
    dateto    date,
    officerid integer
)
RETURNS integer
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
    renewed (family_id, prod_id) AS (
        -- family / product pairs covered by a renewal: the renewal's own product, and every valid
        -- product that converts into it
        SELECT rp."FamilyID", prod."ProdID"
        FROM "tblPolicy" rp
        JOIN "tblFamilies" f  ON f."FamilyID" = rp."FamilyID"
        JOIN "tblProduct" prod ON prod."ProdID" = rp."ProdID" OR prod."ConversionProdID" = rp."ProdID"
        WHERE rp."ValidityTo" IS NULL
          AND f."ValidityTo" IS NULL
          AND prod."ValidityTo" IS NULL
          AND upper(rp."PolicyStage") = 'R'
    )
    SELECT COUNT(*)::integer
    FROM "tblPolicy" pl
    JOIN officer_chain c ON c.officer_id = pl."OfficerID"
    WHERE pl."ValidityTo" IS NULL
      AND pl."PolicyStatus" = 8
      AND pl."ExpiryDate" >= datefrom
      AND pl."ExpiryDate" <= dateto
      AND NOT EXISTS (SELECT 1 FROM renewed r
                      WHERE r.family_id = pl."FamilyID" AND r.prod_id = pl."ProdID")
$$;
