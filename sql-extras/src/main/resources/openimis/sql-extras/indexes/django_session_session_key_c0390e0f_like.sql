-- Django "_like" index: supports LIKE 'prefix%' lookups on "django_session"."session_key".
CREATE INDEX "django_session_session_key_c0390e0f_like" ON "django_session" ("session_key" varchar_pattern_ops);
