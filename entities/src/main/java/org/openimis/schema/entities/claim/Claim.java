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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.openimis.schema.entities.VersionedRecord;
import org.openimis.schema.entities.claimbatch.BatchRun;
import org.openimis.schema.entities.core.InteractiveUser;
import org.openimis.schema.entities.insuree.Insuree;
import org.openimis.schema.entities.location.HealthFacility;
import org.openimis.schema.entities.medical.Diagnosis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

@Entity
@Comment("A claim of a health facility for the care of an insuree.")
@Table(name = "tblClaim",
        uniqueConstraints = @UniqueConstraint(name = "tblClaim_ClaimUUID_key", columnNames = "ClaimUUID"),
        indexes = {
                @Index(name = "tblClaim_Adjuster_260f1304", columnList = "Adjuster"),
                @Index(name = "tblClaim_ClaimAdminId_0ef46dbe", columnList = "ClaimAdminId"),
                @Index(name = "tblClaim_HFID_e19ce816", columnList = "HFID"),
                @Index(name = "tblClaim_ICDID1_bda229e5", columnList = "ICDID1"),
                @Index(name = "tblClaim_ICDID2_01114040", columnList = "ICDID2"),
                @Index(name = "tblClaim_ICDID3_046d79c3", columnList = "ICDID3"),
                @Index(name = "tblClaim_ICDID4_2397d9bd", columnList = "ICDID4"),
                @Index(name = "tblClaim_ICDID_e47cee10", columnList = "ICDID"),
                @Index(name = "tblClaim_InsureeID_b81e59ed", columnList = "InsureeID"),
                @Index(name = "tblClaim_RunID_a819cd42", columnList = "RunID")})
public class Claim extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ClaimID", nullable = false)
    private Integer id;

    @Column(name = "ClaimUUID", nullable = false, length = 36)
    private String claimUuid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "InsureeID", nullable = false, foreignKey = @ForeignKey(name = "tblClaim_InsureeID_b81e59ed_fk_tblInsuree_InsureeID"))
    private Insuree insuree;

    @Column(name = "ClaimCode", nullable = false, length = 8)
    private String claimCode;

    @Column(name = "DateFrom", nullable = false)
    private LocalDate dateFrom;

    @Column(name = "DateTo")
    private LocalDate dateTo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ICDID", nullable = false, foreignKey = @ForeignKey(name = "tblClaim_ICDID_e47cee10_fk_tblICDCodes_ICDID"))
    private Diagnosis diagnosis;

    @Column(name = "ClaimStatus", nullable = false)
    private Short claimStatus;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "Adjuster", foreignKey = @ForeignKey(name = "tblClaim_Adjuster_260f1304_fk_tblUsers_UserID"))
    private InteractiveUser adjuster;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "Adjustment")
    private String adjustment;

    @Column(name = "Claimed", precision = 18, scale = 2)
    private BigDecimal claimed;

    @Column(name = "Approved", precision = 18, scale = 2)
    private BigDecimal approved;

    @Column(name = "Reinsured", precision = 18, scale = 2)
    private BigDecimal reinsured;

    @Column(name = "Valuated", precision = 18, scale = 2)
    private BigDecimal valuated;

    @Column(name = "DateClaimed", nullable = false)
    private LocalDate dateClaimed;

    @Column(name = "DateProcessed")
    private LocalDate dateProcessed;

    @Column(name = "Feedback", nullable = false)
    private Boolean feedback;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "FeedbackID", foreignKey = @ForeignKey(name = "tblClaim_FeedbackID_60e540d8_fk_tblFeedback_FeedbackID"))
    private Feedback feedbackRef;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "Explanation")
    private String explanation;

    @Column(name = "FeedbackStatus")
    private Short feedbackStatus;

    @Column(name = "ReviewStatus")
    private Short reviewStatus;

    @Column(name = "ApprovalStatus")
    private Short approvalStatus;

    @Column(name = "RejectionReason")
    private Short rejectionReason;

    @Column(name = "ValidityFromReview")
    private OffsetDateTime validityFromReview;

    @Column(name = "ValidityToReview")
    private OffsetDateTime validityToReview;

    @Column(name = "AuditUserIDReview")
    private Integer auditUserIdReview;

    @Column(name = "RowID")
    private byte[] rowId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "HFID", nullable = false, foreignKey = @ForeignKey(name = "tblClaim_HFID_e19ce816_fk_tblHF_HfID"))
    private HealthFacility healthFacility;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "RunID", foreignKey = @ForeignKey(name = "tblClaim_RunID_a819cd42_fk_tblBatchRun_RunID"))
    private BatchRun batchRun;

    @Column(name = "AuditUserIDSubmit")
    private Integer auditUserIdSubmit;

    @Column(name = "AuditUserIDProcess")
    private Integer auditUserIdProcess;

    @Column(name = "SubmitStamp")
    private OffsetDateTime submitStamp;

    @Column(name = "ProcessStamp")
    private OffsetDateTime processStamp;

    @Column(name = "Remunerated", precision = 18, scale = 2)
    private BigDecimal remunerated;

    @Column(name = "GuaranteeId", length = 50)
    private String guaranteeId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ClaimAdminId", foreignKey = @ForeignKey(name = "tblClaim_ClaimAdminId_0ef46dbe_fk_tblClaimAdmin_ClaimAdminId"))
    private ClaimAdmin claimAdmin;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ICDID1", foreignKey = @ForeignKey(name = "tblClaim_ICDID1_bda229e5_fk_tblICDCodes_ICDID"))
    private Diagnosis icd1;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ICDID2", foreignKey = @ForeignKey(name = "tblClaim_ICDID2_01114040_fk_tblICDCodes_ICDID"))
    private Diagnosis icd2;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ICDID3", foreignKey = @ForeignKey(name = "tblClaim_ICDID3_046d79c3_fk_tblICDCodes_ICDID"))
    private Diagnosis icd3;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ICDID4", foreignKey = @ForeignKey(name = "tblClaim_ICDID4_2397d9bd_fk_tblICDCodes_ICDID"))
    private Diagnosis icd4;

    @Column(name = "VisitType", length = 1)
    private String visitType;

    @Column(name = "ClaimCategory", length = 1)
    private String claimCategory;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getClaimUuid() {
        return claimUuid;
    }

    public void setClaimUuid(String claimUuid) {
        this.claimUuid = claimUuid;
    }

    public Insuree getInsuree() {
        return insuree;
    }

    public void setInsuree(Insuree insuree) {
        this.insuree = insuree;
    }

    public String getClaimCode() {
        return claimCode;
    }

    public void setClaimCode(String claimCode) {
        this.claimCode = claimCode;
    }

    public LocalDate getDateFrom() {
        return dateFrom;
    }

    public void setDateFrom(LocalDate dateFrom) {
        this.dateFrom = dateFrom;
    }

    public LocalDate getDateTo() {
        return dateTo;
    }

    public void setDateTo(LocalDate dateTo) {
        this.dateTo = dateTo;
    }

    public Diagnosis getDiagnosis() {
        return diagnosis;
    }

    public void setDiagnosis(Diagnosis diagnosis) {
        this.diagnosis = diagnosis;
    }

    public Short getClaimStatus() {
        return claimStatus;
    }

    public void setClaimStatus(Short claimStatus) {
        this.claimStatus = claimStatus;
    }

    public InteractiveUser getAdjuster() {
        return adjuster;
    }

    public void setAdjuster(InteractiveUser adjuster) {
        this.adjuster = adjuster;
    }

    public String getAdjustment() {
        return adjustment;
    }

    public void setAdjustment(String adjustment) {
        this.adjustment = adjustment;
    }

    public BigDecimal getClaimed() {
        return claimed;
    }

    public void setClaimed(BigDecimal claimed) {
        this.claimed = claimed;
    }

    public BigDecimal getApproved() {
        return approved;
    }

    public void setApproved(BigDecimal approved) {
        this.approved = approved;
    }

    public BigDecimal getReinsured() {
        return reinsured;
    }

    public void setReinsured(BigDecimal reinsured) {
        this.reinsured = reinsured;
    }

    public BigDecimal getValuated() {
        return valuated;
    }

    public void setValuated(BigDecimal valuated) {
        this.valuated = valuated;
    }

    public LocalDate getDateClaimed() {
        return dateClaimed;
    }

    public void setDateClaimed(LocalDate dateClaimed) {
        this.dateClaimed = dateClaimed;
    }

    public LocalDate getDateProcessed() {
        return dateProcessed;
    }

    public void setDateProcessed(LocalDate dateProcessed) {
        this.dateProcessed = dateProcessed;
    }

    public Boolean getFeedback() {
        return feedback;
    }

    public void setFeedback(Boolean feedback) {
        this.feedback = feedback;
    }

    public Feedback getFeedbackRef() {
        return feedbackRef;
    }

    public void setFeedbackRef(Feedback feedbackRef) {
        this.feedbackRef = feedbackRef;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public Short getFeedbackStatus() {
        return feedbackStatus;
    }

    public void setFeedbackStatus(Short feedbackStatus) {
        this.feedbackStatus = feedbackStatus;
    }

    public Short getReviewStatus() {
        return reviewStatus;
    }

    public void setReviewStatus(Short reviewStatus) {
        this.reviewStatus = reviewStatus;
    }

    public Short getApprovalStatus() {
        return approvalStatus;
    }

    public void setApprovalStatus(Short approvalStatus) {
        this.approvalStatus = approvalStatus;
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

    public byte[] getRowId() {
        return rowId;
    }

    public void setRowId(byte[] rowId) {
        this.rowId = rowId;
    }

    public HealthFacility getHealthFacility() {
        return healthFacility;
    }

    public void setHealthFacility(HealthFacility healthFacility) {
        this.healthFacility = healthFacility;
    }

    public BatchRun getBatchRun() {
        return batchRun;
    }

    public void setBatchRun(BatchRun batchRun) {
        this.batchRun = batchRun;
    }

    public Integer getAuditUserIdSubmit() {
        return auditUserIdSubmit;
    }

    public void setAuditUserIdSubmit(Integer auditUserIdSubmit) {
        this.auditUserIdSubmit = auditUserIdSubmit;
    }

    public Integer getAuditUserIdProcess() {
        return auditUserIdProcess;
    }

    public void setAuditUserIdProcess(Integer auditUserIdProcess) {
        this.auditUserIdProcess = auditUserIdProcess;
    }

    public OffsetDateTime getSubmitStamp() {
        return submitStamp;
    }

    public void setSubmitStamp(OffsetDateTime submitStamp) {
        this.submitStamp = submitStamp;
    }

    public OffsetDateTime getProcessStamp() {
        return processStamp;
    }

    public void setProcessStamp(OffsetDateTime processStamp) {
        this.processStamp = processStamp;
    }

    public BigDecimal getRemunerated() {
        return remunerated;
    }

    public void setRemunerated(BigDecimal remunerated) {
        this.remunerated = remunerated;
    }

    public String getGuaranteeId() {
        return guaranteeId;
    }

    public void setGuaranteeId(String guaranteeId) {
        this.guaranteeId = guaranteeId;
    }

    public ClaimAdmin getClaimAdmin() {
        return claimAdmin;
    }

    public void setClaimAdmin(ClaimAdmin claimAdmin) {
        this.claimAdmin = claimAdmin;
    }

    public Diagnosis getIcd1() {
        return icd1;
    }

    public void setIcd1(Diagnosis icd1) {
        this.icd1 = icd1;
    }

    public Diagnosis getIcd2() {
        return icd2;
    }

    public void setIcd2(Diagnosis icd2) {
        this.icd2 = icd2;
    }

    public Diagnosis getIcd3() {
        return icd3;
    }

    public void setIcd3(Diagnosis icd3) {
        this.icd3 = icd3;
    }

    public Diagnosis getIcd4() {
        return icd4;
    }

    public void setIcd4(Diagnosis icd4) {
        this.icd4 = icd4;
    }

    public String getVisitType() {
        return visitType;
    }

    public void setVisitType(String visitType) {
        this.visitType = visitType;
    }

    public String getClaimCategory() {
        return claimCategory;
    }

    public void setClaimCategory(String claimCategory) {
        this.claimCategory = claimCategory;
    }
}
