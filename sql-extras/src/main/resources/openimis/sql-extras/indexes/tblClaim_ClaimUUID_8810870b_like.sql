-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblClaim"."ClaimUUID".
CREATE INDEX "tblClaim_ClaimUUID_8810870b_like" ON "tblClaim" ("ClaimUUID" varchar_pattern_ops);
