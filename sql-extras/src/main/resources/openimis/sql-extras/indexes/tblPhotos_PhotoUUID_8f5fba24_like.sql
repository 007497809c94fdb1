-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblPhotos"."PhotoUUID".
CREATE INDEX "tblPhotos_PhotoUUID_8f5fba24_like" ON "tblPhotos" ("PhotoUUID" varchar_pattern_ops);
