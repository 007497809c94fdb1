-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblInsuree"."Gender".
CREATE INDEX "tblInsuree_Gender_684d27ce_like" ON "tblInsuree" ("Gender" varchar_pattern_ops);
