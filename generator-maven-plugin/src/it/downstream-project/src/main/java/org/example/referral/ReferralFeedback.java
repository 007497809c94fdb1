package org.example.referral;

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
import org.openimis.schema.entities.claim.Claim;

import java.time.LocalDate;

@Entity
@Comment("What the receiving health facility reported back on a referral, with the claim of the treatment.")
@Table(name = "referral_ReferralFeedback", indexes = {
        @Index(name = "referral_ReferralFeedback_ReferralID", columnList = "ReferralID"),
        @Index(name = "referral_ReferralFeedback_ClaimID", columnList = "ClaimID")})
public class ReferralFeedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ReferralFeedbackID", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ReferralID", nullable = false,
            foreignKey = @ForeignKey(name = "referral_ReferralFeedback_ReferralID_fk_referral_Referral"))
    private Referral referral;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ClaimID",
            foreignKey = @ForeignKey(name = "referral_ReferralFeedback_ClaimID_fk_tblClaim_ClaimID"))
    private Claim claim;

    @Column(name = "FeedbackDate", nullable = false)
    private LocalDate feedbackDate;

    @Column(name = "Outcome", length = 50)
    private String outcome;
}
