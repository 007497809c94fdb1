-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblServices"."ServiceUUID".
CREATE INDEX "tblServices_ServiceUUID_041cdfea_like" ON "tblServices" ("ServiceUUID" varchar_pattern_ops);
