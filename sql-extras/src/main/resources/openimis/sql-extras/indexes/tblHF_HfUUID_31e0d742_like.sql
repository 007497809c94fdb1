-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblHF"."HfUUID".
CREATE INDEX "tblHF_HfUUID_31e0d742_like" ON "tblHF" ("HfUUID" varchar_pattern_ops);
