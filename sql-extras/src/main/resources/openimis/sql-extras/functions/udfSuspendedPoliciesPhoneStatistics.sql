-- udfSuspendedPoliciesPhoneStatistics(datefrom, dateto, officerid): for the mobile phone app, the
-- number of live suspended policies (PolicyStatus 4) whose ExpiryDate lies from datefrom to dateto
-- (both included), of officerid or of an officer officerid has taken over.
-- Taken over: the live officers whose OfficerIDSubst (substitute) is officerid, the live officers
-- whose substitute is one of those, and so on. The walk stops after the first officer met a second
-- time (a substitution cycle); as in SQL Server, that officer is then in the list twice and his
-- policies count twice. Where several live officers name the same substitute, SQL Server stops
-- with an error ("Subquery returned more than 1 value"); here all of them are followed.
-- No location, family or product check. Plain SQL: nothing is left behind between calls (the
-- upstream port created a TEMP table and failed on a second call in the same session).
CREATE FUNCTION "udfSuspendedPoliciesPhoneStatistics"(
    datefrom date,
    dateto date,
    officerid integer
)
RETURNS integer
LANGUAGE sql STABLE
AS $$
    WITH RECURSIVE officers(officer_id, seen, repeated) AS (
        SELECT officerid, ARRAY[officerid], false
        UNION ALL
        -- an officer substituted by one already in the list
        SELECT o."OfficerID", prev.seen || o."OfficerID", o."OfficerID" = ANY (prev.seen)
        FROM officers prev
        JOIN "tblOfficer" o ON o."OfficerIDSubst" = prev.officer_id
        WHERE o."ValidityTo" IS NULL
          AND NOT prev.repeated
    )
    SELECT count(*)::integer
    FROM "tblPolicy" pl
    JOIN officers ON officers.officer_id = pl."OfficerID"
    WHERE pl."ValidityTo" IS NULL
      AND pl."PolicyStatus" = 4
      AND pl."ExpiryDate" >= datefrom
      AND pl."ExpiryDate" <= dateto
$$;
