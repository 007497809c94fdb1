package org.openimis.schema.entities.location;

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

import java.time.OffsetDateTime;

@Entity
@Comment("A village in a health facility's catchment area, with its share.")
@Table(name = "tblHFCatchment",
        indexes = {
                @Index(name = "tblHFCatchment_HFID_81949f39", columnList = "HFID"),
                @Index(name = "tblHFCatchment_LocationId_9dc42e7d", columnList = "LocationId")})
public class HealthFacilityCatchment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "HFCatchmentId", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "HFID", nullable = false, foreignKey = @ForeignKey(name = "tblHFCatchment_HFID_81949f39_fk_tblHF_HfID"))
    private HealthFacility healthFacility;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "LocationId", nullable = false, foreignKey = @ForeignKey(name = "tblHFCatchment_LocationId_9dc42e7d_fk_tblLocations_LocationId"))
    private Location location;

    @Column(name = "Catchment")
    private Integer catchment;

    @Column(name = "ValidityFrom")
    private OffsetDateTime validityFrom;

    @Column(name = "ValidityTo")
    private OffsetDateTime validityTo;

    @Column(name = "LegacyId")
    private Integer legacyId;

    @Column(name = "AuditUserId")
    private Integer auditUserId;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public HealthFacility getHealthFacility() {
        return healthFacility;
    }

    public void setHealthFacility(HealthFacility healthFacility) {
        this.healthFacility = healthFacility;
    }

    public Location getLocation() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = location;
    }

    public Integer getCatchment() {
        return catchment;
    }

    public void setCatchment(Integer catchment) {
        this.catchment = catchment;
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
