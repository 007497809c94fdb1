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

import org.hibernate.annotations.Comment;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.openimis.schema.entities.VersionedRecord;
import org.openimis.schema.entities.medical.Item;
import org.openimis.schema.entities.policy.Policy;
import org.openimis.schema.entities.product.Product;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

@Entity
@Comment("A medical item on a claim.")
@Table(name = "tblClaimItems",
        indexes = {
                @Index(name = "tblClaimItems_ClaimID_dae5ee72", columnList = "ClaimID"),
                @Index(name = "tblClaimItems_ItemID_87f5f3db", columnList = "ItemID"),
                @Index(name = "tblClaimItems_PolicyID_46dca31d", columnList = "PolicyID"),
                @Index(name = "tblClaimItems_ProdID_2972c886", columnList = "ProdID")})
public class ClaimItem extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ClaimItemID", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ClaimID", nullable = false, foreignKey = @ForeignKey(name = "tblClaimItems_ClaimID_dae5ee72_fk_tblClaim_ClaimID"))
    private Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ItemID", nullable = false, foreignKey = @ForeignKey(name = "tblClaimItems_ItemID_87f5f3db_fk_tblItems_ItemID"))
    private Item item;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ProdID", foreignKey = @ForeignKey(name = "tblClaimItems_ProdID_2972c886_fk_tblProduct_ProdID"))
    private Product product;

    @Column(name = "ClaimItemStatus", nullable = false)
    private Short claimItemStatus;

    @Column(name = "Availability", nullable = false)
    private Boolean availability;

    @Column(name = "QtyProvided", nullable = false, precision = 18, scale = 2)
    private BigDecimal qtyProvided;

    @Column(name = "QtyApproved", precision = 18, scale = 2)
    private BigDecimal qtyApproved;

    @Column(name = "PriceAsked", nullable = false, precision = 18, scale = 2)
    private BigDecimal priceAsked;

    @Column(name = "PriceAdjusted", precision = 18, scale = 2)
    private BigDecimal priceAdjusted;

    @Column(name = "PriceApproved", precision = 18, scale = 2)
    private BigDecimal priceApproved;

    @Column(name = "PriceValuated", precision = 18, scale = 2)
    private BigDecimal priceValuated;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "Explanation")
    private String explanation;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "Justification")
    private String justification;

    @Column(name = "RejectionReason")
    private Short rejectionReason;

    @Column(name = "ValidityFromReview")
    private OffsetDateTime validityFromReview;

    @Column(name = "ValidityToReview")
    private OffsetDateTime validityToReview;

    @Column(name = "AuditUserIDReview")
    private Integer auditUserIdReview;

    @Column(name = "LimitationValue", precision = 18, scale = 2)
    private BigDecimal limitationValue;

    @Column(name = "Limitation", length = 1)
    private String limitation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PolicyID", foreignKey = @ForeignKey(name = "tblClaimItems_PolicyID_46dca31d_fk_tblPolicy_PolicyID"))
    private Policy policy;

    @Column(name = "RemuneratedAmount", precision = 18, scale = 2)
    private BigDecimal remuneratedAmount;

    @Column(name = "DeductableAmount", precision = 18, scale = 2)
    private BigDecimal deductableAmount;

    @Column(name = "ExceedCeilingAmount", precision = 18, scale = 2)
    private BigDecimal exceedCeilingAmount;

    @Column(name = "PriceOrigin", length = 1)
    private String priceOrigin;

    @Column(name = "ExceedCeilingAmountCategory", precision = 18, scale = 2)
    private BigDecimal exceedCeilingAmountCategory;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public Claim getClaim() {
        return claim;
    }

    public void setClaim(Claim claim) {
        this.claim = claim;
    }

    public Item getItem() {
        return item;
    }

    public void setItem(Item item) {
        this.item = item;
    }

    public Product getProduct() {
        return product;
    }

    public void setProduct(Product product) {
        this.product = product;
    }

    public Short getClaimItemStatus() {
        return claimItemStatus;
    }

    public void setClaimItemStatus(Short claimItemStatus) {
        this.claimItemStatus = claimItemStatus;
    }

    public Boolean getAvailability() {
        return availability;
    }

    public void setAvailability(Boolean availability) {
        this.availability = availability;
    }

    public BigDecimal getQtyProvided() {
        return qtyProvided;
    }

    public void setQtyProvided(BigDecimal qtyProvided) {
        this.qtyProvided = qtyProvided;
    }

    public BigDecimal getQtyApproved() {
        return qtyApproved;
    }

    public void setQtyApproved(BigDecimal qtyApproved) {
        this.qtyApproved = qtyApproved;
    }

    public BigDecimal getPriceAsked() {
        return priceAsked;
    }

    public void setPriceAsked(BigDecimal priceAsked) {
        this.priceAsked = priceAsked;
    }

    public BigDecimal getPriceAdjusted() {
        return priceAdjusted;
    }

    public void setPriceAdjusted(BigDecimal priceAdjusted) {
        this.priceAdjusted = priceAdjusted;
    }

    public BigDecimal getPriceApproved() {
        return priceApproved;
    }

    public void setPriceApproved(BigDecimal priceApproved) {
        this.priceApproved = priceApproved;
    }

    public BigDecimal getPriceValuated() {
        return priceValuated;
    }

    public void setPriceValuated(BigDecimal priceValuated) {
        this.priceValuated = priceValuated;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public Short getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(Short rejectionReason) {
        this.rejectionReason = rejectionReason;
    }

    public OffsetDateTime getValidityFromReview() {
        return validityFromReview;
    }

    public void setValidityFromReview(OffsetDateTime validityFromReview) {
        this.validityFromReview = validityFromReview;
    }

    public OffsetDateTime getValidityToReview() {
        return validityToReview;
    }

    public void setValidityToReview(OffsetDateTime validityToReview) {
        this.validityToReview = validityToReview;
    }

    public Integer getAuditUserIdReview() {
        return auditUserIdReview;
    }

    public void setAuditUserIdReview(Integer auditUserIdReview) {
        this.auditUserIdReview = auditUserIdReview;
    }

    public BigDecimal getLimitationValue() {
        return limitationValue;
    }

    public void setLimitationValue(BigDecimal limitationValue) {
        this.limitationValue = limitationValue;
    }

    public String getLimitation() {
        return limitation;
    }

    public void setLimitation(String limitation) {
        this.limitation = limitation;
    }

    public Policy getPolicy() {
        return policy;
    }

    public void setPolicy(Policy policy) {
        this.policy = policy;
    }

    public BigDecimal getRemuneratedAmount() {
        return remuneratedAmount;
    }

    public void setRemuneratedAmount(BigDecimal remuneratedAmount) {
        this.remuneratedAmount = remuneratedAmount;
    }

    public BigDecimal getDeductableAmount() {
        return deductableAmount;
    }

    public void setDeductableAmount(BigDecimal deductableAmount) {
        this.deductableAmount = deductableAmount;
    }

    public BigDecimal getExceedCeilingAmount() {
        return exceedCeilingAmount;
    }

    public void setExceedCeilingAmount(BigDecimal exceedCeilingAmount) {
        this.exceedCeilingAmount = exceedCeilingAmount;
    }

    public String getPriceOrigin() {
        return priceOrigin;
    }

    public void setPriceOrigin(String priceOrigin) {
        this.priceOrigin = priceOrigin;
    }

    public BigDecimal getExceedCeilingAmountCategory() {
        return exceedCeilingAmountCategory;
    }

    public void setExceedCeilingAmountCategory(BigDecimal exceedCeilingAmountCategory) {
        this.exceedCeilingAmountCategory = exceedCeilingAmountCategory;
    }
}
