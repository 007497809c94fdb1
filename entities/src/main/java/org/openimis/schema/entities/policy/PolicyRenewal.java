package org.openimis.schema.entities.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;

import org.openimis.schema.entities.core.Officer;
import org.openimis.schema.entities.insuree.Insuree;
import org.openimis.schema.entities.product.Product;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Comment("A reminder that a policy is due for renewal.")
@Table(name = "tblPolicyRenewals")
public class PolicyRenewal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "RenewalID", nullable = false)
    private Integer id;

    @Column(name = "RenewalUUID", nullable = false)
    private UUID renewalUuid;

    @Column(name = "RenewalPromptDate", nullable = false)
    private LocalDate renewalPromptDate;

    @Column(name = "RenewalDate", nullable = false)
    private LocalDate renewalDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "NewOfficerID", foreignKey = @ForeignKey(name = "FK_tblPolicyRenewals_tblOfficer"))
    private Officer newOfficer;

    @Column(name = "PhoneNumber", length = 25)
    private String phoneNumber;

    @Column(name = "SMSStatus", nullable = false)
    private Short smsStatus;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "InsureeID", nullable = false, foreignKey = @ForeignKey(name = "FK_tblPolicyRenewals_tblInsuree"))
    private Insuree insuree;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PolicyID", nullable = false, foreignKey = @ForeignKey(name = "FK_tblPolicyRenewals_tblPolicy"))
    private Policy policy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "NewProdID", nullable = false, foreignKey = @ForeignKey(name = "FK_tblPolicyRenewals_tblProduct"))
    private Product newProd;

    @Column(name = "RenewalWarnings")
    private Short renewalWarnings;

    @Column(name = "ValidityFrom", nullable = false)
    private OffsetDateTime validityFrom;

    @Column(name = "ValidityTo")
    private OffsetDateTime validityTo;

    @Column(name = "LegacyID")
    private Integer legacyId;

    @Column(name = "AuditCreateUser")
    private Integer auditCreateUser;

    @Column(name = "ResponseStatus")
    private Integer responseStatus;

    @Column(name = "ResponseDate")
    private OffsetDateTime responseDate;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public UUID getRenewalUuid() {
        return renewalUuid;
    }

    public void setRenewalUuid(UUID renewalUuid) {
        this.renewalUuid = renewalUuid;
    }

    public LocalDate getRenewalPromptDate() {
        return renewalPromptDate;
    }

    public void setRenewalPromptDate(LocalDate renewalPromptDate) {
        this.renewalPromptDate = renewalPromptDate;
    }

    public LocalDate getRenewalDate() {
        return renewalDate;
    }

    public void setRenewalDate(LocalDate renewalDate) {
        this.renewalDate = renewalDate;
    }

    public Officer getNewOfficer() {
        return newOfficer;
    }

    public void setNewOfficer(Officer newOfficer) {
        this.newOfficer = newOfficer;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public Short getSmsStatus() {
        return smsStatus;
    }

    public void setSmsStatus(Short smsStatus) {
        this.smsStatus = smsStatus;
    }

    public Insuree getInsuree() {
        return insuree;
    }

    public void setInsuree(Insuree insuree) {
        this.insuree = insuree;
    }

    public Policy getPolicy() {
        return policy;
    }

    public void setPolicy(Policy policy) {
        this.policy = policy;
    }

    public Product getNewProd() {
        return newProd;
    }

    public void setNewProd(Product newProd) {
        this.newProd = newProd;
    }

    public Short getRenewalWarnings() {
        return renewalWarnings;
    }

    public void setRenewalWarnings(Short renewalWarnings) {
        this.renewalWarnings = renewalWarnings;
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

    public Integer getAuditCreateUser() {
        return auditCreateUser;
    }

    public void setAuditCreateUser(Integer auditCreateUser) {
        this.auditCreateUser = auditCreateUser;
    }

    public Integer getResponseStatus() {
        return responseStatus;
    }

    public void setResponseStatus(Integer responseStatus) {
        this.responseStatus = responseStatus;
    }

    public OffsetDateTime getResponseDate() {
        return responseDate;
    }

    public void setResponseDate(OffsetDateTime responseDate) {
        this.responseDate = responseDate;
    }
}
