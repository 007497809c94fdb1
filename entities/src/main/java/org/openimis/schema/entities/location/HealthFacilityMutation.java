package org.openimis.schema.entities.location;

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
@Comment("Links a health facility to the mutation that changed it.")
@Table(name = "location_HealthFacilityMutation",
        indexes = {
                @Index(name = "location_HealthFacilityMutation_health_facility_id_c99eb971", columnList = "health_facility_id"),
                @Index(name = "location_HealthFacilityMutation_mutation_id_8c14c145", columnList = "mutation_id")})
public class HealthFacilityMutation {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "health_facility_id", nullable = false, foreignKey = @ForeignKey(name = "location_HealthFacil_health_facility_id_c99eb971_fk_tblHF_HfI"))
    private HealthFacility healthFacility;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mutation_id", nullable = false, foreignKey = @ForeignKey(name = "location_HealthFacil_mutation_id_8c14c145_fk_core_Muta"))
    private MutationLog mutation;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public HealthFacility getHealthFacility() {
        return healthFacility;
    }

    public void setHealthFacility(HealthFacility healthFacility) {
        this.healthFacility = healthFacility;
    }

    public MutationLog getMutation() {
        return mutation;
    }

    public void setMutation(MutationLog mutation) {
        this.mutation = mutation;
    }
}
