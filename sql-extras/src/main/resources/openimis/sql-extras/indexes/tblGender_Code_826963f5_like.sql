-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblGender"."Code".
CREATE INDEX "tblGender_Code_826963f5_like" ON "tblGender" ("Code" varchar_pattern_ops);
