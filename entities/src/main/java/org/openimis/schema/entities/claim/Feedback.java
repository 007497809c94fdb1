package org.openimis.schema.entities.claim;

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
import jakarta.persistence.UniqueConstraint;

import org.hibernate.annotations.Comment;

import org.openimis.schema.entities.VersionedRecord;

import java.time.OffsetDateTime;

@Entity
@Comment("An insuree's feedback on a claim.")
@Table(name = "tblFeedback",
        uniqueConstraints = {
                @UniqueConstraint(name = "tblFeedback_ClaimID_key", columnNames = "ClaimID"),
                @UniqueConstraint(name = "tblFeedback_FeedbackUUID_key", columnNames = "FeedbackUUID")})
public class Feedback extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "FeedbackID", nullable = false)
    private Integer id;

    @Column(name = "FeedbackUUID", nullable = false, length = 36)
    private String feedbackUuid;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ClaimID", foreignKey = @ForeignKey(name = "tblFeedback_ClaimID_6da5f5bb_fk_tblClaim_ClaimID"))
    private Claim claim;

    @Column(name = "CareRendered")
    private Boolean careRendered;

    @Column(name = "PaymentAsked")
    private Boolean paymentAsked;

    @Column(name = "DrugPrescribed")
    private Boolean drugPrescribed;

    @Column(name = "DrugReceived")
    private Boolean drugReceived;

    @Column(name = "Asessment")
    private Short asessment;

    @Column(name = "CHFOfficerCode")
    private Integer chfOfficerCode;

    @Column(name = "FeedbackDate")
    private OffsetDateTime feedbackDate;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getFeedbackUuid() {
        return feedbackUuid;
    }

    public void setFeedbackUuid(String feedbackUuid) {
        this.feedbackUuid = feedbackUuid;
    }

    public Claim getClaim() {
        return claim;
    }

    public void setClaim(Claim claim) {
        this.claim = claim;
    }

    public Boolean getCareRendered() {
        return careRendered;
    }

    public void setCareRendered(Boolean careRendered) {
        this.careRendered = careRendered;
    }

    public Boolean getPaymentAsked() {
        return paymentAsked;
    }

    public void setPaymentAsked(Boolean paymentAsked) {
        this.paymentAsked = paymentAsked;
    }

    public Boolean getDrugPrescribed() {
        return drugPrescribed;
    }

    public void setDrugPrescribed(Boolean drugPrescribed) {
        this.drugPrescribed = drugPrescribed;
    }

    public Boolean getDrugReceived() {
        return drugReceived;
    }

    public void setDrugReceived(Boolean drugReceived) {
        this.drugReceived = drugReceived;
    }

    public Short getAsessment() {
        return asessment;
    }

    public void setAsessment(Short asessment) {
        this.asessment = asessment;
    }

    public Integer getChfOfficerCode() {
        return chfOfficerCode;
    }

    public void setChfOfficerCode(Integer chfOfficerCode) {
        this.chfOfficerCode = chfOfficerCode;
    }

    public OffsetDateTime getFeedbackDate() {
        return feedbackDate;
    }

    public void setFeedbackDate(OffsetDateTime feedbackDate) {
        this.feedbackDate = feedbackDate;
    }
}
