-- Django "_like" index: supports LIKE 'prefix%' lookups on "core_User"."username".
CREATE INDEX "core_User_username_109df633_like" ON "core_User" ("username" varchar_pattern_ops);
