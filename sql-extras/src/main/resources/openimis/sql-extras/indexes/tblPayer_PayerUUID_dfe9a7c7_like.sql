-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblPayer"."PayerUUID".
CREATE INDEX "tblPayer_PayerUUID_dfe9a7c7_like" ON "tblPayer" ("PayerUUID" varchar_pattern_ops);
