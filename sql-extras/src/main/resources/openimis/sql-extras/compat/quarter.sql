-- quarter(x): SQL Server DATEPART(QUARTER, x), 1 (Jan-Mar) .. 4 (Oct-Dec).
-- Time zones: the timestamptz overload reads its argument as a wall-clock time in the session
-- TimeZone (SQL Server datetime has no zone; openIMIS stores it as timestamptz and reads it back in
-- the session zone, as the upstream port does). It is therefore STABLE, not IMMUTABLE.
CREATE FUNCTION quarter(date) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT EXTRACT(QUARTER FROM $1)::integer $$;

CREATE FUNCTION quarter(timestamp without time zone) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT EXTRACT(QUARTER FROM $1)::integer $$;

CREATE FUNCTION quarter(timestamp with time zone) RETURNS integer
    LANGUAGE sql STABLE
    AS $$ SELECT EXTRACT(QUARTER FROM $1)::integer $$;
