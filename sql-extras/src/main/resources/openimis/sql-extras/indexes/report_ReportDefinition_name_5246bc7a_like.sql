-- Django "_like" index: supports LIKE 'prefix%' lookups on "report_ReportDefinition"."name".
CREATE INDEX "report_ReportDefinition_name_5246bc7a_like" ON "report_ReportDefinition" ("name" varchar_pattern_ops);
