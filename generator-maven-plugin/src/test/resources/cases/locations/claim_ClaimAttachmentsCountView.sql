-- Attachment rows per claim, all rows counted whatever their ValidityTo (as the original view):
-- claim 1: 2 live + 1 replaced = 3; claim 2: 1; claim 4: its only row is replaced, still 1;
-- claim 3 has no attachment and therefore no row.
SELECT * FROM "claim_ClaimAttachmentsCountView" ORDER BY "claim_id";
