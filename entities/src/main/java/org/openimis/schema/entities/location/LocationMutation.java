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
@Comment("Links a location to the mutation that changed it.")
@Table(name = "location_LocationMutation",
        indexes = {
                @Index(name = "location_LocationMutation_location_id_4a54c595", columnList = "location_id"),
                @Index(name = "location_LocationMutation_mutation_id_299edb4e", columnList = "mutation_id")})
public class LocationMutation {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_id", nullable = false, foreignKey = @ForeignKey(name = "location_LocationMut_location_id_4a54c595_fk_tblLocati"))
    private Location location;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mutation_id", nullable = false, foreignKey = @ForeignKey(name = "location_LocationMut_mutation_id_299edb4e_fk_core_Muta"))
    private MutationLog mutation;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public Location getLocation() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = location;
    }

    public MutationLog getMutation() {
        return mutation;
    }

    public void setMutation(MutationLog mutation) {
        this.mutation = mutation;
    }
}
