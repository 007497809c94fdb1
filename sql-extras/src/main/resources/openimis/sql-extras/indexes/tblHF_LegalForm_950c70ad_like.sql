-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblHF"."LegalForm".
CREATE INDEX "tblHF_LegalForm_950c70ad_like" ON "tblHF" ("LegalForm" varchar_pattern_ops);
