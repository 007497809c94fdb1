-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblUsers"."UserUUID".
CREATE INDEX "tblUsers_UserUUID_3162bbf4_like" ON "tblUsers" ("UserUUID" varchar_pattern_ops);
