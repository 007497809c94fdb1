-- claim_ClaimAttachmentsCountView: number of attachment rows per claim (Django model
-- ClaimAttachmentsCount). Like the original, every row counts, including rows whose ValidityTo is
-- set; claims without attachments have no row.
CREATE VIEW "claim_ClaimAttachmentsCountView" AS
SELECT
    a."claim_id",
    count(*) AS "attachments_count"
FROM "claim_ClaimAttachment" a
GROUP BY a."claim_id";
