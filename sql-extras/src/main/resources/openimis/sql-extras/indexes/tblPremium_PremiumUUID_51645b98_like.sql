-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblPremium"."PremiumUUID".
CREATE INDEX "tblPremium_PremiumUUID_51645b98_like" ON "tblPremium" ("PremiumUUID" varchar_pattern_ops);
