package org.openimis.schema.entities.policy;

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

import org.openimis.schema.entities.VersionedRecord;
import org.openimis.schema.entities.core.Officer;
import org.openimis.schema.entities.insuree.Family;
import org.openimis.schema.entities.product.Product;

import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Comment("A family's policy on a product, with its dates and status.")
@Table(name = "tblPolicy",
        uniqueConstraints = @UniqueConstraint(name = "tblPolicy_PolicyUUID_key", columnNames = "PolicyUUID"),
        indexes = {
                @Index(name = "tblPolicy_FamilyID_59ad2bf3", columnList = "FamilyID"),
                @Index(name = "tblPolicy_OfficerID_7a16e507", columnList = "OfficerID"),
                @Index(name = "tblPolicy_ProdID_70a26314", columnList = "ProdID")})
public class Policy extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "PolicyID", nullable = false)
    private Integer id;

    @Column(name = "PolicyUUID", nullable = false, length = 36)
    private String policyUuid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "FamilyID", nullable = false, foreignKey = @ForeignKey(name = "tblPolicy_FamilyID_59ad2bf3_fk_tblFamilies_FamilyID"))
    private Family family;

    @Column(name = "EnrollDate", nullable = false)
    private LocalDate enrollDate;

    @Column(name = "StartDate", nullable = false)
    private LocalDate startDate;

    @Column(name = "EffectiveDate")
    private LocalDate effectiveDate;

    @Column(name = "ExpiryDate")
    private LocalDate expiryDate;

    @Column(name = "PolicyStatus")
    private Short policyStatus;

    @Column(name = "PolicyValue", precision = 18, scale = 2)
    private BigDecimal policyValue;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ProdID", nullable = false, foreignKey = @ForeignKey(name = "tblPolicy_ProdID_70a26314_fk_tblProduct_ProdID"))
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "OfficerID", foreignKey = @ForeignKey(name = "tblPolicy_OfficerID_7a16e507_fk_tblOfficer_OfficerID"))
    private Officer officer;

    @Column(name = "PolicyStage", length = 1)
    private String policyStage;

    @Column(name = "RowID")
    private byte[] rowId;

    @Column(name = "isOffline")
    private Boolean isOffline;

    @Column(name = "Source", length = 50)
    private String source;

    @Column(name = "SourceVersion", length = 15)
    private String sourceVersion;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getPolicyUuid() {
        return policyUuid;
    }

    public void setPolicyUuid(String policyUuid) {
        this.policyUuid = policyUuid;
    }

    public Family getFamily() {
        return family;
    }

    public void setFamily(Family family) {
        this.family = family;
    }

    public LocalDate getEnrollDate() {
        return enrollDate;
    }

    public void setEnrollDate(LocalDate enrollDate) {
        this.enrollDate = enrollDate;
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

    public Short getPolicyStatus() {
        return policyStatus;
    }

    public void setPolicyStatus(Short policyStatus) {
        this.policyStatus = policyStatus;
    }

    public BigDecimal getPolicyValue() {
        return policyValue;
    }

    public void setPolicyValue(BigDecimal policyValue) {
        this.policyValue = policyValue;
    }

    public Product getProduct() {
        return product;
    }

    public void setProduct(Product product) {
        this.product = product;
    }

    public Officer getOfficer() {
        return officer;
    }

    public void setOfficer(Officer officer) {
        this.officer = officer;
    }

    public String getPolicyStage() {
        return policyStage;
    }

    public void setPolicyStage(String policyStage) {
        this.policyStage = policyStage;
    }

    public byte[] getRowId() {
        return rowId;
    }

    public void setRowId(byte[] rowId) {
        this.rowId = rowId;
    }

    public Boolean getIsOffline() {
        return isOffline;
    }

    public void setIsOffline(Boolean isOffline) {
        this.isOffline = isOffline;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getSourceVersion() {
        return sourceVersion;
    }

    public void setSourceVersion(String sourceVersion) {
        this.sourceVersion = sourceVersion;
    }
}
