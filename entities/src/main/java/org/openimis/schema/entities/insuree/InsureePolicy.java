package org.openimis.schema.entities.insuree;

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

import org.hibernate.annotations.Comment;

import org.openimis.schema.entities.VersionedRecord;
import org.openimis.schema.entities.policy.Policy;

import java.time.LocalDate;

@Entity
@Comment("The cover of one insuree under one policy, with its dates.")
@Table(name = "tblInsureePolicy",
        indexes = {
                @Index(name = "tblInsureePolicy_InsureeId_f98ddacc", columnList = "InsureeID"),
                @Index(name = "tblInsureePolicy_PolicyId_2e30ab9f", columnList = "PolicyId")})
public class InsureePolicy extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "InsureePolicyID", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "InsureeID", nullable = false, foreignKey = @ForeignKey(name = "tblInsureePolicy_InsureeId_f98ddacc_fk_tblInsuree_InsureeID"))
    private Insuree insuree;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PolicyId", nullable = false, foreignKey = @ForeignKey(name = "tblInsureePolicy_PolicyId_2e30ab9f_fk_tblPolicy_PolicyID"))
    private Policy policy;

    @Column(name = "EnrollmentDate")
    private LocalDate enrollmentDate;

    @Column(name = "StartDate")
    private LocalDate startDate;

    @Column(name = "EffectiveDate")
    private LocalDate effectiveDate;

    @Column(name = "ExpiryDate")
    private LocalDate expiryDate;

    @Column(name = "isOffline")
    private Boolean isOffline;

    @Column(name = "RowID")
    private byte[] rowId;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
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

    public LocalDate getEnrollmentDate() {
        return enrollmentDate;
    }

    public void setEnrollmentDate(LocalDate enrollmentDate) {
        this.enrollmentDate = enrollmentDate;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public void setExpiryDate(LocalDate expiryDate) {
        this.expiryDate = expiryDate;
    }

    public Boolean getIsOffline() {
        return isOffline;
    }

    public void setIsOffline(Boolean isOffline) {
        this.isOffline = isOffline;
    }

    public byte[] getRowId() {
        return rowId;
    }

    public void setRowId(byte[] rowId) {
        this.rowId = rowId;
    }
}
