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

import org.openimis.schema.entities.VersionedRecord;
import org.openimis.schema.entities.insuree.Insuree;
import org.openimis.schema.entities.policy.Policy;

import java.math.BigDecimal;

@Entity
@Comment("Deductibles and remunerations of a claim per insuree and policy.")
@Table(name = "tblClaimDedRem",
        indexes = {
                @Index(name = "tblClaimDedRem_ClaimID_273b3ea8", columnList = "ClaimID"),
                @Index(name = "tblClaimDedRem_InsureeID_060ad9ea", columnList = "InsureeID"),
                @Index(name = "tblClaimDedRem_PolicyID_d317b32a", columnList = "PolicyID")})
public class ClaimDeductibleRemunerated extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ExpenditureID", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PolicyID", foreignKey = @ForeignKey(name = "tblClaimDedRem_PolicyID_d317b32a_fk_tblPolicy_PolicyID"))
    private Policy policy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "InsureeID", foreignKey = @ForeignKey(name = "tblClaimDedRem_InsureeID_060ad9ea_fk_tblInsuree_InsureeID"))
    private Insuree insuree;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ClaimID", nullable = false, foreignKey = @ForeignKey(name = "tblClaimDedRem_ClaimID_273b3ea8_fk_tblClaim_ClaimID"))
    private Claim claim;

    @Column(name = "DedG", precision = 18, scale = 2)
    private BigDecimal dedG;

    @Column(name = "DedOP", precision = 18, scale = 2)
    private BigDecimal dedOp;

    @Column(name = "DedIP", precision = 18, scale = 2)
    private BigDecimal dedIp;

    @Column(name = "RemG", precision = 18, scale = 2)
    private BigDecimal remG;

    @Column(name = "RemIP", precision = 18, scale = 2)
    private BigDecimal remIp;

    @Column(name = "RemOP", precision = 18, scale = 2)
    private BigDecimal remOp;

    @Column(name = "RemConsult", precision = 18, scale = 2)
    private BigDecimal remConsult;

    @Column(name = "RemSurgery", precision = 18, scale = 2)
    private BigDecimal remSurgery;

    @Column(name = "RemDelivery", precision = 18, scale = 2)
    private BigDecimal remDelivery;

    @Column(name = "RemHospitalization", precision = 18, scale = 2)
    private BigDecimal remHospitalization;

    @Column(name = "RemAntenatal", precision = 18, scale = 2)
    private BigDecimal remAntenatal;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public Policy getPolicy() {
        return policy;
    }

    public void setPolicy(Policy policy) {
        this.policy = policy;
    }

    public Insuree getInsuree() {
        return insuree;
    }

    public void setInsuree(Insuree insuree) {
        this.insuree = insuree;
    }

    public Claim getClaim() {
        return claim;
    }

    public void setClaim(Claim claim) {
        this.claim = claim;
    }

    public BigDecimal getDedG() {
        return dedG;
    }

    public void setDedG(BigDecimal dedG) {
        this.dedG = dedG;
    }

    public BigDecimal getDedOp() {
        return dedOp;
    }

    public void setDedOp(BigDecimal dedOp) {
        this.dedOp = dedOp;
    }

    public BigDecimal getDedIp() {
        return dedIp;
    }

    public void setDedIp(BigDecimal dedIp) {
        this.dedIp = dedIp;
    }

    public BigDecimal getRemG() {
        return remG;
    }

    public void setRemG(BigDecimal remG) {
        this.remG = remG;
    }

    public BigDecimal getRemIp() {
        return remIp;
    }

    public void setRemIp(BigDecimal remIp) {
        this.remIp = remIp;
    }

    public BigDecimal getRemOp() {
        return remOp;
    }

    public void setRemOp(BigDecimal remOp) {
        this.remOp = remOp;
    }

    public BigDecimal getRemConsult() {
        return remConsult;
    }

    public void setRemConsult(BigDecimal remConsult) {
        this.remConsult = remConsult;
    }

    public BigDecimal getRemSurgery() {
        return remSurgery;
    }

    public void setRemSurgery(BigDecimal remSurgery) {
        this.remSurgery = remSurgery;
    }

    public BigDecimal getRemDelivery() {
        return remDelivery;
    }

    public void setRemDelivery(BigDecimal remDelivery) {
        this.remDelivery = remDelivery;
    }

    public BigDecimal getRemHospitalization() {
        return remHospitalization;
    }

    public void setRemHospitalization(BigDecimal remHospitalization) {
        this.remHospitalization = remHospitalization;
    }

    public BigDecimal getRemAntenatal() {
        return remAntenatal;
    }

    public void setRemAntenatal(BigDecimal remAntenatal) {
        this.remAntenatal = remAntenatal;
    }
}
