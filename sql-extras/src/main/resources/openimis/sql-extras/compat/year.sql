-- year(x): SQL Server YEAR(x), the calendar year of x.
-- Time zones: the timestamptz overload reads its argument as a wall-clock time in the session
-- TimeZone (SQL Server datetime has no zone; openIMIS stores it as timestamptz and reads it back in
-- the session zone, as the upstream port does). It is therefore STABLE, not IMMUTABLE.
CREATE FUNCTION year(date) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT EXTRACT(YEAR FROM $1)::integer $$;

CREATE FUNCTION year(timestamp without time zone) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT EXTRACT(YEAR FROM $1)::integer $$;

CREATE FUNCTION year(timestamp with time zone) RETURNS integer
    LANGUAGE sql STABLE
    AS $$ SELECT EXTRACT(YEAR FROM $1)::integer $$;
