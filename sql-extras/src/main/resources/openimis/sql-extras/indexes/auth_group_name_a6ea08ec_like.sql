-- Django "_like" index: supports LIKE 'prefix%' lookups on "auth_group"."name".
CREATE INDEX "auth_group_name_a6ea08ec_like" ON "auth_group" ("name" varchar_pattern_ops);
