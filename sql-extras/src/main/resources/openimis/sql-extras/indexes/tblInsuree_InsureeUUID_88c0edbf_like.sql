-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblInsuree"."InsureeUUID".
CREATE INDEX "tblInsuree_InsureeUUID_88c0edbf_like" ON "tblInsuree" ("InsureeUUID" varchar_pattern_ops);
