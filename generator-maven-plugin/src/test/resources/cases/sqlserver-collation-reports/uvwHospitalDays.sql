-- uvwHospitalDays: the days of C3 (06-07..06-09: 2) and C4 (06-14..06-16: 2), each counted once per
-- product of its lines ('PA', 'pa'); one group to SQL Server (see uvwHospitalAdmissions): 4 x 2 = 8.
SELECT * FROM "uvwHospitalDays"
ORDER BY "yeartime", "monthtime", "HFCode", "ProductCode";
