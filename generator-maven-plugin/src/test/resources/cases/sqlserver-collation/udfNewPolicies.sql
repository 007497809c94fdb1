-- udfNewPolicies for March 2021, mode 1 (per product), all products and locations: the new (stage N)
-- active policies enrolled in March 2021, counted by the gender of the family head.
--   policy 1 (stage N, head Al 'F'), policy 2 (stage 'n', head Bo 'f'), policy 3 (stage N, head Cy
--   'M', family in Beta whose type is 'd') -> PA: Male 1 (Cy), Female 2 (Al and Bo), Other 0.
-- Compared case-sensitively it would say Male 0 or 1, Female 1: policy 2's stage and gender and
-- Beta's type would not match.
SELECT * FROM "udfNewPolicies"(3, 2021, 1, 0, 0)
ORDER BY "ProdId";
