-- uvwNumberOfInsuredHouseholds on 2021-03-31: families F1 (village 'Kilosa') and F2 ('kilosa ') are
-- insured from March 2021 (P1 effective 03-05, P2 03-10): one village to SQL Server, 2 households.
SELECT * FROM "uvwNumberOfInsuredHouseholds"
WHERE "yeartime" = 2021 AND "monthtime" = 3
ORDER BY "VillageName";
