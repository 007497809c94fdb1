package org.openimis.schema.entities.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Comment("A document attached to a claim.")
@Table(name = "claim_ClaimAttachment",
        indexes = @Index(name = "claim_ClaimAttachment_claim_id_6d421217", columnList = "claim_id"))
public class ClaimAttachment {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(name = "ValidityFrom", nullable = false)
    private OffsetDateTime validityFrom;

    @Column(name = "ValidityTo")
    private OffsetDateTime validityTo;

    @Column(name = "LegacyID")
    private UUID legacyId;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "type")
    private String type;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "title")
    private String title;

    @Column(name = "date")
    private LocalDate date;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "filename")
    private String filename;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "mime")
    private String mime;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "url")
    private String url;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "document")
    private String document;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false, foreignKey = @ForeignKey(name = "claim_ClaimAttachment_claim_id_6d421217_fk_tblClaim_ClaimID"))
    private Claim claim;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

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

    public UUID getLegacyId() {
        return legacyId;
    }

    public void setLegacyId(UUID legacyId) {
        this.legacyId = legacyId;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getFilename() {
        return filename;
    }

    public void setFilename(String filename) {
        this.filename = filename;
    }

    public String getMime() {
        return mime;
    }

    public void setMime(String mime) {
        this.mime = mime;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }

    public Claim getClaim() {
        return claim;
    }

    public void setClaim(Claim claim) {
        this.claim = claim;
    }
}
