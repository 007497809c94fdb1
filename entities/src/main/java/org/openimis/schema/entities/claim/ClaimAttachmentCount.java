package org.openimis.schema.entities.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;
import org.hibernate.annotations.Synchronize;

/** The number of attachments of a claim, read from the view claim_ClaimAttachmentsCountView; read-only, generates no DDL. */
@Entity
@Immutable
@Subselect("select \"claim_id\", \"attachments_count\" from \"claim_ClaimAttachmentsCountView\"")
@Synchronize("claim_ClaimAttachment")
public class ClaimAttachmentCount {

    @Id
    @Column(name = "claim_id")
    private Integer claimId;

    @Column(name = "attachments_count")
    private Long attachmentsCount;

    public Integer getClaimId() {
        return claimId;
    }

    public Long getAttachmentsCount() {
        return attachmentsCount;
    }
}
