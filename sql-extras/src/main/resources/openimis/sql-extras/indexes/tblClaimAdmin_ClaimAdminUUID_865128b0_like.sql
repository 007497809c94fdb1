-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblClaimAdmin"."ClaimAdminUUID".
CREATE INDEX "tblClaimAdmin_ClaimAdminUUID_865128b0_like" ON "tblClaimAdmin" ("ClaimAdminUUID" varchar_pattern_ops);
