-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblHF"."HFSublevel".
CREATE INDEX "tblHF_HFSublevel_99fb0809_like" ON "tblHF" ("HFSublevel" varchar_pattern_ops);
