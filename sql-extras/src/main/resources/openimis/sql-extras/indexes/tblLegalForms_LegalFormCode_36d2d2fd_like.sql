-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblLegalForms"."LegalFormCode".
CREATE INDEX "tblLegalForms_LegalFormCode_36d2d2fd_like" ON "tblLegalForms" ("LegalFormCode" varchar_pattern_ops);
