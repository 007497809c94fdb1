package org.openimis.schema.entities.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

@Entity
@Comment("One policy's part of a payment.")
@Table(name = "tblPaymentDetails")
public class PaymentDetail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "PaymentDetailsID", nullable = false)
    private Long id;

    @Column(name = "PaymentID", nullable = false)
    private Long paymentId;

    @Column(name = "ProductCode", length = 8)
    private String productCode;

    @Column(name = "InsuranceNumber", length = 12)
    private String insuranceNumber;

    @Column(name = "PolicyStage", length = 1)
    private String policyStage;

    @Column(name = "Amount", precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(name = "LegacyID")
    private Long legacyId;

    @Column(name = "ValidityFrom")
    private OffsetDateTime validityFrom;

    @Column(name = "ValidityTo")
    private OffsetDateTime validityTo;

    @Column(name = "RowID")
    private OffsetDateTime rowId;

    @Column(name = "PremiumID")
    private Integer premiumId;

    @Column(name = "AuditedUserId")
    private Integer auditedUserId;

    @Column(name = "enrollmentDate")
    private LocalDate enrollmentDate;

    @Column(name = "ExpectedAmount", precision = 18, scale = 2)
    private BigDecimal expectedAmount;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getPaymentId() {
        return paymentId;
    }

    public void setPaymentId(Long paymentId) {
        this.paymentId = paymentId;
    }

    public String getProductCode() {
        return productCode;
    }

    public void setProductCode(String productCode) {
        this.productCode = productCode;
    }

    public String getInsuranceNumber() {
        return insuranceNumber;
    }

    public void setInsuranceNumber(String insuranceNumber) {
        this.insuranceNumber = insuranceNumber;
    }

    public String getPolicyStage() {
        return policyStage;
    }

    public void setPolicyStage(String policyStage) {
        this.policyStage = policyStage;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
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

    public Integer getPremiumId() {
        return premiumId;
    }

    public void setPremiumId(Integer premiumId) {
        this.premiumId = premiumId;
    }

    public Integer getAuditedUserId() {
        return auditedUserId;
    }

    public void setAuditedUserId(Integer auditedUserId) {
        this.auditedUserId = auditedUserId;
    }

    public LocalDate getEnrollmentDate() {
        return enrollmentDate;
    }

    public void setEnrollmentDate(LocalDate enrollmentDate) {
        this.enrollmentDate = enrollmentDate;
    }

    public BigDecimal getExpectedAmount() {
        return expectedAmount;
    }

    public void setExpectedAmount(BigDecimal expectedAmount) {
        this.expectedAmount = expectedAmount;
    }
}
