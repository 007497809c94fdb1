-- udfCollectedContribution(datefrom, dateto, officerid): total of the valid premiums paid from
-- datefrom to dateto (both included) on valid policies of an enrolment officer and of the officers
-- that officer replaced (meaning of SQL Server dbo.udfCollectedContribution; used by the mobile
-- phone statistics). NULL when there is none.
--
-- Officer chain: the officer itself, then the valid officer whose substitute ("OfficerIDSubst") it is,
-- then the one that officer replaced, and so on. The original walks that chain in a loop and stops
-- right after adding an officer it had already added, so on a substitution cycle that officer is in
-- its list twice and its premiums are counted twice; the recursive CTE below keeps that behaviour.
-- (Where two valid officers name the same substitute, the original fails with "subquery returned
-- more than 1 value"; here both are followed.)
CREATE FUNCTION "udfCollectedContribution"(
    datefrom  date,
    dateto    date,
    officerid integer
)
RETURNS numeric
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
    SELECT SUM(pr."Amount")
    FROM "tblPremium" pr
    JOIN "tblPolicy" pl     ON pl."PolicyID" = pr."PolicyID"
    JOIN officer_chain c    ON c.officer_id = pl."OfficerID"
    WHERE pl."ValidityTo" IS NULL
      AND pr."ValidityTo" IS NULL
      AND pr."PayDate" >= datefrom
      AND pr."PayDate" <= dateto
$$;
