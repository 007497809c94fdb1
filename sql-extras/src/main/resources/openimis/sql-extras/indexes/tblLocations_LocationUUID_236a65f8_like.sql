-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblLocations"."LocationUUID".
CREATE INDEX "tblLocations_LocationUUID_236a65f8_like" ON "tblLocations" ("LocationUUID" varchar_pattern_ops);
