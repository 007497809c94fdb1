package org.openimis.schema.project.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.openimis.schema.entities.insuree.Insuree;

/** A project's own entity with a foreign key to an openIMIS table, for the tests of adding entities. */
@Entity
@Table(name = "referral_Referral")
public class Referral {

    @Id
    @Column(name = "ReferralID", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "InsureeID", nullable = false,
            foreignKey = @ForeignKey(name = "referral_Referral_InsureeID_fk_tblInsuree_InsureeID"))
    private Insuree insuree;
}
