-- uvwClaimSent: claims past the entered state (C1..C4, claimed 2021-06-02, -04, -10, -17), once per
-- product of their lines ('PA' and 'pa'): 4 x 2 = 8, one group to SQL Server.
SELECT * FROM "uvwClaimSent"
ORDER BY "yeartime", "monthtime", "HFCode", "ProductCode";
