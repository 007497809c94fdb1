-- udfNewPoliciesPhoneStatistics(datefrom, dateto, officerid): number of valid new policies (stage 'N',
-- any status) enrolled from datefrom to dateto (both included) by an enrolment officer or by the
-- officers it replaced (meaning of SQL Server dbo.udfNewPoliciesPhoneStatistics; mobile phone
-- statistics).
-- Officer chain as in udfCollectedContribution: the officer, the valid officer it substitutes, the one
-- that one substitutes, ...; on a substitution cycle the original lists the first repeated officer
-- twice, so its policies count twice; the recursive CTE keeps that.
CREATE FUNCTION "udfNewPoliciesPhoneStatistics"(
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
    )
    SELECT COUNT(*)::integer
    FROM "tblPolicy" pl
    JOIN officer_chain c ON c.officer_id = pl."OfficerID"
    WHERE pl."ValidityTo" IS NULL
      AND upper(pl."PolicyStage") = 'N'
      AND pl."EnrollDate" >= datefrom
      AND pl."EnrollDate" <= dateto
$$;
