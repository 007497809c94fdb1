package org.openimis.schema.entities.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;

import org.openimis.schema.entities.core.MutationLog;

import java.util.UUID;

@Entity
@Comment("Links a claim to the mutation that changed it.")
@Table(name = "claim_ClaimMutation",
        indexes = {
                @Index(name = "claim_ClaimMutation_claim_id_22e307c0", columnList = "claim_id"),
                @Index(name = "claim_ClaimMutation_mutation_id_6492ecd0", columnList = "mutation_id")})
public class ClaimMutation {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false, foreignKey = @ForeignKey(name = "claim_ClaimMutation_claim_id_22e307c0_fk_tblClaim_ClaimID"))
    private Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mutation_id", nullable = false, foreignKey = @ForeignKey(name = "claim_ClaimMutation_mutation_id_6492ecd0_fk_core_Muta"))
    private MutationLog mutation;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public Claim getClaim() {
        return claim;
    }

    public void setClaim(Claim claim) {
        this.claim = claim;
    }

    public MutationLog getMutation() {
        return mutation;
    }

    public void setMutation(MutationLog mutation) {
        this.mutation = mutation;
    }
}
