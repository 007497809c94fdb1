-- udfRenewedPoliciesPhoneStatistics(datefrom, dateto, officerid): for the mobile phone app, the
-- number of live renewal policies (PolicyStage 'R', any status) enrolled from datefrom to dateto
-- (both included) by officerid or by an officer officerid has taken over.
-- Taken over: the live officers whose OfficerIDSubst (substitute) is officerid, the live officers
-- whose substitute is one of those, and so on. The walk stops after the first officer met a second
-- time (a substitution cycle); as in SQL Server, that officer is then in the list twice and his
-- policies count twice. Where several live officers name the same substitute, SQL Server stops
-- with an error ("Subquery returned more than 1 value"); here all of them are followed.
-- No location, family or product check; the family's and product's rows may be retired.
CREATE FUNCTION "udfRenewedPoliciesPhoneStatistics"(
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
      AND upper(pl."PolicyStage") = 'R'
      AND pl."EnrollDate" >= datefrom
      AND pl."EnrollDate" <= dateto
$$;
