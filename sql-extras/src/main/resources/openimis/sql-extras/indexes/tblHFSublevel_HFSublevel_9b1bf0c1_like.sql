-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblHFSublevel"."HFSublevel".
CREATE INDEX "tblHFSublevel_HFSublevel_9b1bf0c1_like" ON "tblHFSublevel" ("HFSublevel" varchar_pattern_ops);
