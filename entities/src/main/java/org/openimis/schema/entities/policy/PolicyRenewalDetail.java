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

import org.openimis.schema.entities.insuree.Insuree;

import java.time.OffsetDateTime;

@Entity
@Comment("An insuree concerned by a policy renewal.")
@Table(name = "tblPolicyRenewalDetails")
public class PolicyRenewalDetail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "RenewalDetailID", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "RenewalID", nullable = false, foreignKey = @ForeignKey(name = "FK_tblPolicyRenewalDetails_tblPolicyRenewals"))
    private PolicyRenewal policyRenewal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "InsureeID", nullable = false, foreignKey = @ForeignKey(name = "FK_tblPolicyRenewalDetails_tblInsuree"))
    private Insuree insuree;

    @Column(name = "ValidityFrom", nullable = false)
    private OffsetDateTime validityFrom;

    @Column(name = "ValidityTo")
    private OffsetDateTime validityTo;

    @Column(name = "LegacyID")
    private Integer legacyId;

    @Column(name = "AuditCreateUser", nullable = false)
    private Integer auditCreateUser;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public PolicyRenewal getPolicyRenewal() {
        return policyRenewal;
    }

    public void setPolicyRenewal(PolicyRenewal policyRenewal) {
        this.policyRenewal = policyRenewal;
    }

    public Insuree getInsuree() {
        return insuree;
    }

    public void setInsuree(Insuree insuree) {
        this.insuree = insuree;
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
}
