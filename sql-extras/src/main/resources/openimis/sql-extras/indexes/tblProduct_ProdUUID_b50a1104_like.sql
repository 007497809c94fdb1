-- Django "_like" index: supports LIKE 'prefix%' lookups on "tblProduct"."ProdUUID".
CREATE INDEX "tblProduct_ProdUUID_b50a1104_like" ON "tblProduct" ("ProdUUID" varchar_pattern_ops);
