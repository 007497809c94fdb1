-- datename_q(x): SQL Server DATENAME(QUARTER, x), the quarter as text: '1' .. '4'.
-- (EXTRACT instead of to_char: to_char is only STABLE.)
-- Time zones: the timestamptz overload reads its argument as a wall-clock time in the session
-- TimeZone (SQL Server datetime has no zone; openIMIS stores it as timestamptz and reads it back in
-- the session zone, as the upstream port does). It is therefore STABLE, not IMMUTABLE.
CREATE FUNCTION datename_q(date) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT EXTRACT(QUARTER FROM $1)::integer::text $$;

CREATE FUNCTION datename_q(timestamp without time zone) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT EXTRACT(QUARTER FROM $1)::integer::text $$;

CREATE FUNCTION datename_q(timestamp with time zone) RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT EXTRACT(QUARTER FROM $1)::integer::text $$;
