-- eomonth(x): SQL Server EOMONTH(x), the last day of x's month, at midnight (time part dropped).
-- Result types follow the catalogue: date -> timestamptz (midnight in the session TimeZone),
-- timestamp -> timestamp, timestamptz -> timestamptz (midnight in the session TimeZone).
-- Time zones: the timestamptz overload reads its argument as a wall-clock time in the session
-- TimeZone (SQL Server datetime has no zone; openIMIS stores it as timestamptz and reads it back in
-- the session zone, as the upstream port does). It is therefore STABLE, not IMMUTABLE.
-- The date overload is STABLE too: turning a date into a timestamptz depends on the session TimeZone.
CREATE FUNCTION eomonth(date) RETURNS timestamp with time zone
    LANGUAGE sql STABLE
    AS $$ SELECT ((date_trunc('month', $1::timestamp) + interval '1 month')::date - 1)::timestamptz $$;

CREATE FUNCTION eomonth(timestamp without time zone) RETURNS timestamp without time zone
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT date_trunc('month', $1) + interval '1 month' - interval '1 day' $$;

-- date_trunc and interval arithmetic on timestamptz both work in the session TimeZone.
CREATE FUNCTION eomonth(timestamp with time zone) RETURNS timestamp with time zone
    LANGUAGE sql STABLE
    AS $$ SELECT date_trunc('month', $1) + interval '1 month' - interval '1 day' $$;
