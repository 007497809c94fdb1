-- datediff_year(a, b): SQL Server DATEDIFF(YEAR, a, b), the number of year boundaries (1 January)
-- crossed going from a to b: 2023-12-31 -> 2024-01-01 is 1, 2024-01-01 -> 2024-12-31 is 0.
-- It is not an age in whole years.
-- Time zones: the timestamptz overload reads its argument as a wall-clock time in the session
-- TimeZone (SQL Server datetime has no zone; openIMIS stores it as timestamptz and reads it back in
-- the session zone, as the upstream port does). It is therefore STABLE, not IMMUTABLE.
CREATE FUNCTION datediff_year(date, date) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT EXTRACT(YEAR FROM $2)::integer - EXTRACT(YEAR FROM $1)::integer $$;

CREATE FUNCTION datediff_year(timestamp without time zone, timestamp without time zone) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT EXTRACT(YEAR FROM $2)::integer - EXTRACT(YEAR FROM $1)::integer $$;

CREATE FUNCTION datediff_year(timestamp with time zone, timestamp with time zone) RETURNS integer
    LANGUAGE sql STABLE
    AS $$ SELECT EXTRACT(YEAR FROM $2)::integer - EXTRACT(YEAR FROM $1)::integer $$;
