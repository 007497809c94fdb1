-- udfAPIisValidMaritalStatus(code): B'1' when code is one of the marital status codes the API
-- accepts (N never married, W widowed, S separated, D divorced, M married), else B'0'.
-- SQL Server behaviour kept:
--   * NULL is not valid (B'0', not NULL): the original lists NULL among the codes, but compares with
--     `=`, which never matches NULL.
--   * The parameter is NVARCHAR(1) there, so a longer value is cut to its first character before
--     the test ('Married' counts as 'M'), and the comparison is case-insensitive under the usual
--     case-insensitive database collation ('m' counts as 'M').
CREATE FUNCTION "udfAPIisValidMaritalStatus"(maritalstatuscode character varying)
RETURNS bit
LANGUAGE sql IMMUTABLE
AS $$
    SELECT CASE
               WHEN upper(left(maritalstatuscode, 1)) IN ('N', 'W', 'S', 'D', 'M') THEN B'1'
               ELSE B'0'
           END
$$;
