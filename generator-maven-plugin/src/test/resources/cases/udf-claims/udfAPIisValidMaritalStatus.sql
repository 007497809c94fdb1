-- udfAPIisValidMaritalStatus(code): 1 for N, W, S, D, M, else 0 (bit).
-- As SQL Server with its NVARCHAR(1) parameter and case-insensitive collation: only the first
-- character counts and case does not ('Married' -> 'M', 'single' -> 's', 'm' are valid;
-- 'Xm' -> 'X' is not). NULL and '' are not valid (0, not NULL).
SELECT a.code, "udfAPIisValidMaritalStatus"(a.code) AS valid
FROM (VALUES ('N'), ('W'), ('S'), ('D'), ('M'), ('X'), (''), (NULL), ('m'), ('Married'), ('single'), ('Xm'))
     AS a(code)
ORDER BY a.code COLLATE "C" NULLS FIRST;
