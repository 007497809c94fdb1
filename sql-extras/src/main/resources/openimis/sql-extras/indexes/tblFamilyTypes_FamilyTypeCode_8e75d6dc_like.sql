-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblFamilyTypes"."FamilyTypeCode".
CREATE INDEX "tblFamilyTypes_FamilyTypeCode_8e75d6dc_like" ON "tblFamilyTypes" ("FamilyTypeCode" varchar_pattern_ops);
