package org.openimis.schema.entities.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;
import org.hibernate.annotations.JdbcType;

import org.openimis.schema.entities.types.BitStringJdbcType;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Comment("A payment received, to be matched with contributions.")
@Table(name = "tblPayment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "PaymentID", nullable = false)
    private Long id;

    @Column(name = "PaymentUUID", nullable = false)
    private UUID paymentUuid;

    @Column(name = "ExpectedAmount", precision = 18, scale = 2)
    private BigDecimal expectedAmount;

    @Column(name = "ReceivedAmount", precision = 18, scale = 2)
    private BigDecimal receivedAmount;

    @Column(name = "OfficerCode", length = 50)
    private String officerCode;

    @Column(name = "PhoneNumber", length = 12)
    private String phoneNumber;

    @Column(name = "PayerPhoneNumber", length = 50)
    private String payerPhoneNumber;

    @Column(name = "RequestDate")
    private OffsetDateTime requestDate;

    @Column(name = "ReceivedDate")
    private OffsetDateTime receivedDate;

    @Column(name = "PaymentStatus")
    private Integer paymentStatus;

    @Column(name = "LegacyID")
    private Long legacyId;

    @Column(name = "ValidityFrom")
    private OffsetDateTime validityFrom;

    @Column(name = "ValidityTo")
    private OffsetDateTime validityTo;

    @Column(name = "RowID")
    private OffsetDateTime rowId;

    @Column(name = "AuditedUSerID")
    private Integer auditedUSerId;

    @Column(name = "TransactionNo", length = 50)
    private String transactionNo;

    @Column(name = "PaymentOrigin", length = 50)
    private String paymentOrigin;

    @Column(name = "MatchedDate")
    private OffsetDateTime matchedDate;

    @Column(name = "ReceiptNo", length = 100)
    private String receiptNo;

    @Column(name = "PaymentDate")
    private OffsetDateTime paymentDate;

    @Column(name = "RejectedReason", length = 255)
    private String rejectedReason;

    @Column(name = "DateLastSMS")
    private OffsetDateTime dateLastSms;

    @Column(name = "LanguageName", length = 10)
    private String languageName;

    @Column(name = "TypeOfPayment", length = 50)
    private String typeOfPayment;

    @Column(name = "TransferFee", precision = 18, scale = 2)
    private BigDecimal transferFee;

    @JdbcType(BitStringJdbcType.class)
    @Column(name = "SmsRequired")
    private Boolean smsRequired;

    @Column(name = "SpReconcReqId", length = 30)
    private String spReconcReqId;

    @Column(name = "ReconciliationDate")
    private LocalDateTime reconciliationDate;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UUID getPaymentUuid() {
        return paymentUuid;
    }

    public void setPaymentUuid(UUID paymentUuid) {
        this.paymentUuid = paymentUuid;
    }

    public BigDecimal getExpectedAmount() {
        return expectedAmount;
    }

    public void setExpectedAmount(BigDecimal expectedAmount) {
        this.expectedAmount = expectedAmount;
    }

    public BigDecimal getReceivedAmount() {
        return receivedAmount;
    }

    public void setReceivedAmount(BigDecimal receivedAmount) {
        this.receivedAmount = receivedAmount;
    }

    public String getOfficerCode() {
        return officerCode;
    }

    public void setOfficerCode(String officerCode) {
        this.officerCode = officerCode;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public String getPayerPhoneNumber() {
        return payerPhoneNumber;
    }

    public void setPayerPhoneNumber(String payerPhoneNumber) {
        this.payerPhoneNumber = payerPhoneNumber;
    }

    public OffsetDateTime getRequestDate() {
        return requestDate;
    }

    public void setRequestDate(OffsetDateTime requestDate) {
        this.requestDate = requestDate;
    }

    public OffsetDateTime getReceivedDate() {
        return receivedDate;
    }

    public void setReceivedDate(OffsetDateTime receivedDate) {
        this.receivedDate = receivedDate;
    }

    public Integer getPaymentStatus() {
        return paymentStatus;
    }

    public void setPaymentStatus(Integer paymentStatus) {
        this.paymentStatus = paymentStatus;
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

    public OffsetDateTime getRowId() {
        return rowId;
    }

    public void setRowId(OffsetDateTime rowId) {
        this.rowId = rowId;
    }

    public Integer getAuditedUSerId() {
        return auditedUSerId;
    }

    public void setAuditedUSerId(Integer auditedUSerId) {
        this.auditedUSerId = auditedUSerId;
    }

    public String getTransactionNo() {
        return transactionNo;
    }

    public void setTransactionNo(String transactionNo) {
        this.transactionNo = transactionNo;
    }

    public String getPaymentOrigin() {
        return paymentOrigin;
    }

    public void setPaymentOrigin(String paymentOrigin) {
        this.paymentOrigin = paymentOrigin;
    }

    public OffsetDateTime getMatchedDate() {
        return matchedDate;
    }

    public void setMatchedDate(OffsetDateTime matchedDate) {
        this.matchedDate = matchedDate;
    }

    public String getReceiptNo() {
        return receiptNo;
    }

    public void setReceiptNo(String receiptNo) {
        this.receiptNo = receiptNo;
    }

    public OffsetDateTime getPaymentDate() {
        return paymentDate;
    }

    public void setPaymentDate(OffsetDateTime paymentDate) {
        this.paymentDate = paymentDate;
    }

    public String getRejectedReason() {
        return rejectedReason;
    }

    public void setRejectedReason(String rejectedReason) {
        this.rejectedReason = rejectedReason;
    }

    public OffsetDateTime getDateLastSms() {
        return dateLastSms;
    }

    public void setDateLastSms(OffsetDateTime dateLastSms) {
        this.dateLastSms = dateLastSms;
    }

    public String getLanguageName() {
        return languageName;
    }

    public void setLanguageName(String languageName) {
        this.languageName = languageName;
    }

    public String getTypeOfPayment() {
        return typeOfPayment;
    }

    public void setTypeOfPayment(String typeOfPayment) {
        this.typeOfPayment = typeOfPayment;
    }

    public BigDecimal getTransferFee() {
        return transferFee;
    }

    public void setTransferFee(BigDecimal transferFee) {
        this.transferFee = transferFee;
    }

    public Boolean getSmsRequired() {
        return smsRequired;
    }

    public void setSmsRequired(Boolean smsRequired) {
        this.smsRequired = smsRequired;
    }

    public String getSpReconcReqId() {
        return spReconcReqId;
    }

    public void setSpReconcReqId(String spReconcReqId) {
        this.spReconcReqId = spReconcReqId;
    }

    public LocalDateTime getReconciliationDate() {
        return reconciliationDate;
    }

    public void setReconciliationDate(LocalDateTime reconciliationDate) {
        this.reconciliationDate = reconciliationDate;
    }
}
