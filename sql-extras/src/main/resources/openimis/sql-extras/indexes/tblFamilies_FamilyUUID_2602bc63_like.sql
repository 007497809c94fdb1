-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblFamilies"."FamilyUUID".
CREATE INDEX "tblFamilies_FamilyUUID_2602bc63_like" ON "tblFamilies" ("FamilyUUID" varchar_pattern_ops);
