-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblFeedback"."FeedbackUUID".
CREATE INDEX "tblFeedback_FeedbackUUID_fac958c0_like" ON "tblFeedback" ("FeedbackUUID" varchar_pattern_ops);
