package org.openimis.schema.entities.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;
import org.hibernate.Length;

import java.time.OffsetDateTime;

@Entity
@Comment("A control number issued for a payment.")
@Table(name = "tblControlNumber")
public class ControlNumber {

    @Id
    @Column(name = "ControlNumberID", nullable = false)
    private Long id;

    @Column(name = "RequestedDate")
    private OffsetDateTime requestedDate;

    @Column(name = "ReceivedDate")
    private OffsetDateTime receivedDate;

    @Column(name = "RequestOrigin", length = 50)
    private String requestOrigin;

    @Column(name = "ResponseOrigin", length = 50)
    private String responseOrigin;

    @Column(name = "Status")
    private Integer status;

    @Column(name = "LegacyID")
    private Long legacyId;

    @Column(name = "ValidityFrom")
    private OffsetDateTime validityFrom;

    @Column(name = "ValidityTo")
    private OffsetDateTime validityTo;

    @Column(name = "AuditedUserID")
    private Integer auditedUserId;

    @Column(name = "PaymentID")
    private Long paymentId;

    @Column(name = "ControlNumber", length = 50)
    private String controlNumber;

    @Column(name = "IssuedDate")
    private OffsetDateTime issuedDate;

    @Column(name = "Comment", length = Length.LONG32)
    private String comment;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OffsetDateTime getRequestedDate() {
        return requestedDate;
    }

    public void setRequestedDate(OffsetDateTime requestedDate) {
        this.requestedDate = requestedDate;
    }

    public OffsetDateTime getReceivedDate() {
        return receivedDate;
    }

    public void setReceivedDate(OffsetDateTime receivedDate) {
        this.receivedDate = receivedDate;
    }

    public String getRequestOrigin() {
        return requestOrigin;
    }

    public void setRequestOrigin(String requestOrigin) {
        this.requestOrigin = requestOrigin;
    }

    public String getResponseOrigin() {
        return responseOrigin;
    }

    public void setResponseOrigin(String responseOrigin) {
        this.responseOrigin = responseOrigin;
    }

    public Integer getStatus() {
        return status;
    }

    public void setStatus(Integer status) {
        this.status = status;
    }

    public Long getLegacyId() {
        return legacyId;
    }

    public void setLegacyId(Long legacyId) {
        this.legacyId = legacyId;
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

    public Integer getAuditedUserId() {
        return auditedUserId;
    }

    public void setAuditedUserId(Integer auditedUserId) {
        this.auditedUserId = auditedUserId;
    }

    public Long getPaymentId() {
        return paymentId;
    }

    public void setPaymentId(Long paymentId) {
        this.paymentId = paymentId;
    }

    public String getControlNumber() {
        return controlNumber;
    }

    public void setControlNumber(String controlNumber) {
        this.controlNumber = controlNumber;
    }

    public OffsetDateTime getIssuedDate() {
        return issuedDate;
    }

    public void setIssuedDate(OffsetDateTime issuedDate) {
        this.issuedDate = issuedDate;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
