-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblConfirmationTypes"."ConfirmationTypeCode".
CREATE INDEX "tblConfirmationTypes_ConfirmationTypeCode_ec61e83d_like" ON "tblConfirmationTypes" ("ConfirmationTypeCode" varchar_pattern_ops);
