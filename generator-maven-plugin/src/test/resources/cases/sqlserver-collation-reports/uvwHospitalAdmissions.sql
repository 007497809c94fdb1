-- uvwHospitalAdmissions: claims over more than one day and not rejected: C3 (06-07..06-09, 'HF1',
-- insuree 'F', visit 'E', ICD 'A00' Cholera) and C4 (06-14..06-16, 'hf1', 'f', 'e', 'a00' 'cholera '),
-- each once per product of its lines ('PA', 'pa'). All one group to SQL Server: 2 x 2 = 4; Age 41.
SELECT * FROM "uvwHospitalAdmissions"
ORDER BY "yeartime", "monthtime", "HFCode", "ProductCode";
