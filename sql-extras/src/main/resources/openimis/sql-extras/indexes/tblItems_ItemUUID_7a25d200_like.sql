-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblItems"."ItemUUID".
CREATE INDEX "tblItems_ItemUUID_7a25d200_like" ON "tblItems" ("ItemUUID" varchar_pattern_ops);
