-- dateadd_day(n, x): SQL Server DATEADD(DAY, n, x), x moved by n days (n may be negative);
-- the time of day is kept.
-- The date overload returns timestamp (midnight), as the catalogue says.
-- Time zones: the timestamptz overload reads its argument as a wall-clock time in the session
-- TimeZone (SQL Server datetime has no zone; openIMIS stores it as timestamptz and reads it back in
-- the session zone, as the upstream port does). It is therefore STABLE, not IMMUTABLE.
-- Adding to a timestamptz keeps the local wall-clock time in the session TimeZone, also across a
-- daylight-saving change, which is what SQL Server does with a zone-less datetime.
CREATE FUNCTION dateadd_day(integer, date) RETURNS timestamp without time zone
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT $2::timestamp + make_interval(days => $1) $$;

CREATE FUNCTION dateadd_day(integer, timestamp without time zone) RETURNS timestamp without time zone
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT $2 + make_interval(days => $1) $$;

CREATE FUNCTION dateadd_day(integer, timestamp with time zone) RETURNS timestamp with time zone
    LANGUAGE sql STABLE
    AS $$ SELECT $2 + make_interval(days => $1) $$;
