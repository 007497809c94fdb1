-- datediff_day(a, b): SQL Server DATEDIFF(DAY, a, b), the number of midnights crossed going from
-- a to b (negative when b is earlier); the time of day does not count:
-- 23:59 -> 00:01 the next day is 1, 00:00 -> 23:59 the same day is 0.
-- Time zones: the timestamptz overload reads its argument as a wall-clock time in the session
-- TimeZone (SQL Server datetime has no zone; openIMIS stores it as timestamptz and reads it back in
-- the session zone, as the upstream port does). It is therefore STABLE, not IMMUTABLE.
CREATE FUNCTION datediff_day(date, date) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT $2 - $1 $$;

CREATE FUNCTION datediff_day(timestamp without time zone, timestamp without time zone) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT $2::date - $1::date $$;

CREATE FUNCTION datediff_day(timestamp with time zone, timestamp with time zone) RETURNS integer
    LANGUAGE sql STABLE
    AS $$ SELECT $2::date - $1::date $$;
