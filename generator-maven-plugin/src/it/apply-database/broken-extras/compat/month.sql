create function month(d date) returns integer language sql immutable as 'select extract(month from d)::integer';
