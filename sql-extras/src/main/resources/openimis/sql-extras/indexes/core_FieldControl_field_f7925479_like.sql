-- Django "_like" index: supports LIKE 'prefix%' lookups on "core_FieldControl"."field".
CREATE INDEX "core_FieldControl_field_f7925479_like" ON "core_FieldControl" ("field" varchar_pattern_ops);
