-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblClaim"."ClaimCode".
CREATE INDEX "tblClaim_ClaimCode_5da2c346_like" ON "tblClaim" ("ClaimCode" varchar_pattern_ops);
