-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblLanguages"."LanguageCode".
CREATE INDEX "tblLanguages_LanguageCode_7275408d_like" ON "tblLanguages" ("LanguageCode" varchar_pattern_ops);
