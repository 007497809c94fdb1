package org.openimis.schema.entities;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;

/**
 * The history columns that openIMIS legacy tables share: a row is current while {@code ValidityTo} is null,
 * and an edit keeps the old version as a row whose {@code LegacyID} points to the current one.
 */
@MappedSuperclass
public abstract class VersionedRecord {

    @Column(name = "ValidityFrom", nullable = false)
    private OffsetDateTime validityFrom;

    @Column(name = "ValidityTo")
    private OffsetDateTime validityTo;

    @Column(name = "LegacyID")
    private Integer legacyId;

    @Column(name = "AuditUserID", nullable = false)
    private Integer auditUserId;

    public OffsetDateTime getValidityFrom() {
        return validityFrom;
    }

    public void setValidityFrom(OffsetDateTime validityFrom) {
        this.validityFrom = validityFrom;
    }

    public OffsetDateTime getValidityTo() {
        return validityTo;
    }

    public void setValidityTo(OffsetDateTime validityTo) {
        this.validityTo = validityTo;
    }

    public Integer getLegacyId() {
        return legacyId;
    }

    public void setLegacyId(Integer legacyId) {
        this.legacyId = legacyId;
    }

    public Integer getAuditUserId() {
        return auditUserId;
    }

    public void setAuditUserId(Integer auditUserId) {
        this.auditUserId = auditUserId;
    }
}
