-- Django "_like" index: supports LIKE 'prefix%' lookups on "core_TechnicalUser"."username".
CREATE INDEX "core_TechnicalUser_username_6f41c923_like" ON "core_TechnicalUser" ("username" varchar_pattern_ops);
