package org.openimis.schema.entities.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.hibernate.annotations.Comment;

import org.openimis.schema.entities.location.HealthFacility;

import java.time.LocalDate;
import java.time.OffsetDateTime;

@Entity
@Comment("A claim administrator of a health facility.")
@Table(name = "tblClaimAdmin",
        uniqueConstraints = @UniqueConstraint(name = "tblClaimAdmin_ClaimAdminUUID_key", columnNames = "ClaimAdminUUID"),
        indexes = @Index(name = "tblClaimAdmin_HFId_b95da5ef", columnList = "HFId"))
public class ClaimAdmin {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ClaimAdminId", nullable = false)
    private Integer id;

    @Column(name = "ClaimAdminUUID", nullable = false, length = 36)
    private String claimAdminUuid;

    @Column(name = "ClaimAdminCode", length = 8)
    private String claimAdminCode;

    @Column(name = "LastName", length = 100)
    private String lastName;

    @Column(name = "OtherNames", length = 100)
    private String otherNames;

    @Column(name = "DOB")
    private LocalDate dob;

    @Column(name = "Phone", length = 50)
    private String phone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "HFId", foreignKey = @ForeignKey(name = "tblClaimAdmin_HFId_b95da5ef_fk_tblHF_HfID"))
    private HealthFacility healthFacility;

    @Column(name = "ValidityFrom", nullable = false)
    private OffsetDateTime validityFrom;

    @Column(name = "ValidityTo")
    private OffsetDateTime validityTo;

    @Column(name = "LegacyID")
    private Integer legacyId;

    @Column(name = "AuditUserId")
    private Integer auditUserId;

    @Column(name = "RowId")
    private byte[] rowId;

    @Column(name = "EmailId", length = 200)
    private String emailId;

    @Column(name = "HasLogin")
    private Boolean hasLogin;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getClaimAdminUuid() {
        return claimAdminUuid;
    }

    public void setClaimAdminUuid(String claimAdminUuid) {
        this.claimAdminUuid = claimAdminUuid;
    }

    public String getClaimAdminCode() {
        return claimAdminCode;
    }

    public void setClaimAdminCode(String claimAdminCode) {
        this.claimAdminCode = claimAdminCode;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getOtherNames() {
        return otherNames;
    }

    public void setOtherNames(String otherNames) {
        this.otherNames = otherNames;
    }

    public LocalDate getDob() {
        return dob;
    }

    public void setDob(LocalDate dob) {
        this.dob = dob;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public HealthFacility getHealthFacility() {
        return healthFacility;
    }

    public void setHealthFacility(HealthFacility healthFacility) {
        this.healthFacility = healthFacility;
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

    public String getEmailId() {
        return emailId;
    }

    public void setEmailId(String emailId) {
        this.emailId = emailId;
    }

    public Boolean getHasLogin() {
        return hasLogin;
    }

    public void setHasLogin(Boolean hasLogin) {
        this.hasLogin = hasLogin;
    }
}
