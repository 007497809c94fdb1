package org.openimis.schema.entities.contribution;

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
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.openimis.schema.entities.VersionedRecord;
import org.openimis.schema.entities.payer.Payer;
import org.openimis.schema.entities.policy.Policy;

import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Comment("A contribution paid towards a policy.")
@Table(name = "tblPremium",
        uniqueConstraints = @UniqueConstraint(name = "tblPremium_PremiumUUID_key", columnNames = "PremiumUUID"),
        indexes = {
                @Index(name = "tblPremium_PayerID_01ec1db8", columnList = "PayerID"),
                @Index(name = "tblPremium_PolicyID_5d8a7e70", columnList = "PolicyID")})
public class Premium extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "PremiumId", nullable = false)
    private Integer id;

    @Column(name = "PremiumUUID", nullable = false, length = 36)
    private String premiumUuid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PolicyID", nullable = false, foreignKey = @ForeignKey(name = "tblPremium_PolicyID_5d8a7e70_fk_tblPolicy_PolicyID"))
    private Policy policy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PayerID", foreignKey = @ForeignKey(name = "tblPremium_PayerID_01ec1db8_fk_tblPayer_PayerID"))
    private Payer payer;

    @Column(name = "Amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(name = "Receipt", nullable = false, length = 50)
    private String receipt;

    @Column(name = "PayDate", nullable = false)
    private LocalDate payDate;

    @Column(name = "PayType", nullable = false, length = 1)
    private String payType;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "RowID")
    private String rowId;

    @Column(name = "isPhotoFee")
    private Boolean isPhotoFee;

    @Column(name = "isOffline")
    private Boolean isOffline;

    @Column(name = "ReportingId")
    private Integer reportingId;

    @ColumnDefault("CURRENT_DATE")
    @Column(name = "CreatedDate", nullable = false)
    private LocalDate createdDate;

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

    public String getPremiumUuid() {
        return premiumUuid;
    }

    public void setPremiumUuid(String premiumUuid) {
        this.premiumUuid = premiumUuid;
    }

    public Policy getPolicy() {
        return policy;
    }

    public void setPolicy(Policy policy) {
        this.policy = policy;
    }

    public Payer getPayer() {
        return payer;
    }

    public void setPayer(Payer payer) {
        this.payer = payer;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getReceipt() {
        return receipt;
    }

    public void setReceipt(String receipt) {
        this.receipt = receipt;
    }

    public LocalDate getPayDate() {
        return payDate;
    }

    public void setPayDate(LocalDate payDate) {
        this.payDate = payDate;
    }

    public String getPayType() {
        return payType;
    }

    public void setPayType(String payType) {
        this.payType = payType;
    }

    public String getRowId() {
        return rowId;
    }

    public void setRowId(String rowId) {
        this.rowId = rowId;
    }

    public Boolean getIsPhotoFee() {
        return isPhotoFee;
    }

    public void setIsPhotoFee(Boolean isPhotoFee) {
        this.isPhotoFee = isPhotoFee;
    }

    public Boolean getIsOffline() {
        return isOffline;
    }

    public void setIsOffline(Boolean isOffline) {
        this.isOffline = isOffline;
    }

    public Integer getReportingId() {
        return reportingId;
    }

    public void setReportingId(Integer reportingId) {
        this.reportingId = reportingId;
    }

    public LocalDate getCreatedDate() {
        return createdDate;
    }

    public void setCreatedDate(LocalDate createdDate) {
        this.createdDate = createdDate;
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
