-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblUsers"."LanguageID".
CREATE INDEX "tblUsers_LanguageID_41388727_like" ON "tblUsers" ("LanguageID" varchar_pattern_ops);
