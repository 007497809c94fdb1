-- Current renewal policies (stage 'R'), with the family head's age at enrolment (difference of
-- calendar years) and gender:
--   P2 (F1, PA, OF1, 2024-01-05): head Ali Amir M, 2024-1980 = 44
--   P6 (F2, PB, OF2, idle, 2024-05-01, quarter '2'): head Bako Cara F, 2024-1955 = 69
-- The column Prod"DistrictName (with a double quote in its name) is the family's district.
SELECT * FROM "uvwNumberPolicyRenewed" ORDER BY "yeartime", "monthtime", "ProductCode";
