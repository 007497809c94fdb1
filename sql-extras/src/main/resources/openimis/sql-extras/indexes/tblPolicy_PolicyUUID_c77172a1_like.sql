-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblPolicy"."PolicyUUID".
CREATE INDEX "tblPolicy_PolicyUUID_c77172a1_like" ON "tblPolicy" ("PolicyUUID" varchar_pattern_ops);
