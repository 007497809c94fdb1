-- dateadd_month(n, x): SQL Server DATEADD(MONTH, n, x), x moved by n months (n may be negative).
-- When the day does not exist in the target month it becomes that month's last day, as in
-- SQL Server: 2024-01-31 + 1 month = 2024-02-29.
-- The date overload returns timestamp (midnight), as the catalogue says.
-- Time zones: the timestamptz overload reads its argument as a wall-clock time in the session
-- TimeZone (SQL Server datetime has no zone; openIMIS stores it as timestamptz and reads it back in
-- the session zone, as the upstream port does). It is therefore STABLE, not IMMUTABLE.
-- Adding to a timestamptz keeps the local wall-clock time in the session TimeZone, also across a
-- daylight-saving change, which is what SQL Server does with a zone-less datetime.
CREATE FUNCTION dateadd_month(integer, date) RETURNS timestamp without time zone
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT $2::timestamp + make_interval(months => $1) $$;

CREATE FUNCTION dateadd_month(integer, timestamp without time zone) RETURNS timestamp without time zone
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT $2 + make_interval(months => $1) $$;

CREATE FUNCTION dateadd_month(integer, timestamp with time zone) RETURNS timestamp with time zone
    LANGUAGE sql STABLE
    AS $$ SELECT $2 + make_interval(months => $1) $$;
