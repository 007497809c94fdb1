-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblFamilies"."FamilyType".
CREATE INDEX "tblFamilies_FamilyType_bee7213f_like" ON "tblFamilies" ("FamilyType" varchar_pattern_ops);
