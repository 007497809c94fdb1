-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblFamilies"."ConfirmationType".
CREATE INDEX "tblFamilies_ConfirmationType_bcb4c6c3_like" ON "tblFamilies" ("ConfirmationType" varchar_pattern_ops);
