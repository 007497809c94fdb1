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
import org.openimis.schema.entities.insuree.Insuree;
import org.openimis.schema.entities.location.HealthFacility;

import java.time.LocalDate;

@Entity
@Comment("A referral of an insuree from one health facility to another.")
@Table(name = "referral_Referral", indexes = {
        @Index(name = "referral_Referral_InsureeID", columnList = "InsureeID"),
        @Index(name = "referral_Referral_FromHfID", columnList = "FromHfID"),
        @Index(name = "referral_Referral_ToHfID", columnList = "ToHfID")})
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ReferralID", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "InsureeID", nullable = false,
            foreignKey = @ForeignKey(name = "referral_Referral_InsureeID_fk_tblInsuree_InsureeID"))
    private Insuree insuree;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "FromHfID", nullable = false,
            foreignKey = @ForeignKey(name = "referral_Referral_FromHfID_fk_tblHF_HfID"))
    private HealthFacility fromHealthFacility;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ToHfID", nullable = false,
            foreignKey = @ForeignKey(name = "referral_Referral_ToHfID_fk_tblHF_HfID"))
    private HealthFacility toHealthFacility;

    @Column(name = "ReferralDate", nullable = false)
    private LocalDate referralDate;

    @Column(name = "Reason", length = 255)
    private String reason;
}
