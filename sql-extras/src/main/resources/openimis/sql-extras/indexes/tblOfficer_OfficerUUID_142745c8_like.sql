-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblOfficer"."OfficerUUID".
CREATE INDEX "tblOfficer_OfficerUUID_142745c8_like" ON "tblOfficer" ("OfficerUUID" varchar_pattern_ops);
