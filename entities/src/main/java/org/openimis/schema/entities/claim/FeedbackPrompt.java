package org.openimis.schema.entities.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;
import org.hibernate.annotations.ColumnDefault;

import java.time.LocalDate;
import java.time.OffsetDateTime;

@Entity
@Comment("A request sent to collect feedback on a claim.")
@Table(name = "tblFeedbackPrompt")
public class FeedbackPrompt {

    @Id
    @Column(name = "FeedbackPromptID", nullable = false)
    private Integer id;

    @Column(name = "FeedbackPromptDate", nullable = false)
    private LocalDate feedbackPromptDate;

    @Column(name = "ClaimID")
    private Integer claimId;

    @Column(name = "OfficerID")
    private Integer officerId;

    @Column(name = "PhoneNumber", length = 25)
    private String phoneNumber;

    @ColumnDefault("0")
    @Column(name = "SMSStatus")
    private Short smsStatus;

    @Column(name = "ValidityFrom")
    private OffsetDateTime validityFrom;

    @Column(name = "ValidityTo")
    private OffsetDateTime validityTo;

    @Column(name = "LegacyID")
    private Integer legacyId;

    @Column(name = "AuditUserID")
    private Integer auditUserId;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public LocalDate getFeedbackPromptDate() {
        return feedbackPromptDate;
    }

    public void setFeedbackPromptDate(LocalDate feedbackPromptDate) {
        this.feedbackPromptDate = feedbackPromptDate;
    }

    public Integer getClaimId() {
        return claimId;
    }

    public void setClaimId(Integer claimId) {
        this.claimId = claimId;
    }

    public Integer getOfficerId() {
        return officerId;
    }

    public void setOfficerId(Integer officerId) {
        this.officerId = officerId;
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
}
