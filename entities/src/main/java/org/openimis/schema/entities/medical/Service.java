package org.openimis.schema.entities.medical;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.hibernate.annotations.Comment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

@Entity
@Comment("A medical service (consultation, procedure, test).")
@Table(name = "tblServices",
        uniqueConstraints = @UniqueConstraint(name = "tblServices_ServiceUUID_key", columnNames = "ServiceUUID"))
public class Service {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ServiceID", nullable = false)
    private Integer id;

    @Column(name = "ServiceUUID", nullable = false, length = 36)
    private String serviceUuid;

    @Column(name = "ServCode", nullable = false, length = 6)
    private String servCode;

    @Column(name = "ServName", nullable = false, length = 100)
    private String servName;

    @Column(name = "ServType", nullable = false, length = 1)
    private String servType;

    @Column(name = "ServLevel", nullable = false, length = 1)
    private String servLevel;

    @Column(name = "ServPrice", nullable = false, precision = 18, scale = 2)
    private BigDecimal servPrice;

    @Column(name = "ServCareType", nullable = false, length = 1)
    private String servCareType;

    @Column(name = "ServFrequency")
    private Short servFrequency;

    @Column(name = "ServPatCat", nullable = false)
    private Short servPatCat;

    @Column(name = "ValidityFrom")
    private OffsetDateTime validityFrom;

    @Column(name = "ValidityTo")
    private OffsetDateTime validityTo;

    @Column(name = "LegacyID")
    private Integer legacyId;

    @Column(name = "AuditUserID")
    private Integer auditUserId;

    @Column(name = "RowID")
    private byte[] rowId;

    @Column(name = "ServCategory", length = 1)
    private String servCategory;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getServiceUuid() {
        return serviceUuid;
    }

    public void setServiceUuid(String serviceUuid) {
        this.serviceUuid = serviceUuid;
    }

    public String getServCode() {
        return servCode;
    }

    public void setServCode(String servCode) {
        this.servCode = servCode;
    }

    public String getServName() {
        return servName;
    }

    public void setServName(String servName) {
        this.servName = servName;
    }

    public String getServType() {
        return servType;
    }

    public void setServType(String servType) {
        this.servType = servType;
    }

    public String getServLevel() {
        return servLevel;
    }

    public void setServLevel(String servLevel) {
        this.servLevel = servLevel;
    }

    public BigDecimal getServPrice() {
        return servPrice;
    }

    public void setServPrice(BigDecimal servPrice) {
        this.servPrice = servPrice;
    }

    public String getServCareType() {
        return servCareType;
    }

    public void setServCareType(String servCareType) {
        this.servCareType = servCareType;
    }

    public Short getServFrequency() {
        return servFrequency;
    }

    public void setServFrequency(Short servFrequency) {
        this.servFrequency = servFrequency;
    }

    public Short getServPatCat() {
        return servPatCat;
    }

    public void setServPatCat(Short servPatCat) {
        this.servPatCat = servPatCat;
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

    public byte[] getRowId() {
        return rowId;
    }

    public void setRowId(byte[] rowId) {
        this.rowId = rowId;
    }

    public String getServCategory() {
        return servCategory;
    }

    public void setServCategory(String servCategory) {
        this.servCategory = servCategory;
    }
}
