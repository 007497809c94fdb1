-- month(x): SQL Server MONTH(x), the month number 1..12 of x.
-- Time zones: the timestamptz overload reads its argument as a wall-clock time in the session
-- TimeZone (SQL Server datetime has no zone; openIMIS stores it as timestamptz and reads it back in
-- the session zone, as the upstream port does). It is therefore STABLE, not IMMUTABLE.
CREATE FUNCTION month(date) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT EXTRACT(MONTH FROM $1)::integer $$;

CREATE FUNCTION month(timestamp without time zone) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT EXTRACT(MONTH FROM $1)::integer $$;

CREATE FUNCTION month(timestamp with time zone) RETURNS integer
    LANGUAGE sql STABLE
    AS $$ SELECT EXTRACT(MONTH FROM $1)::integer $$;
