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
import jakarta.persistence.UniqueConstraint;

import org.hibernate.annotations.Comment;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

@Entity
@Comment("A region, district, ward or village.")
@Table(name = "tblLocations",
        uniqueConstraints = @UniqueConstraint(name = "tblLocations_LocationUUID_key", columnNames = "LocationUUID"),
        indexes = @Index(name = "tblLocations_ParentLocationId_5ba57c61", columnList = "ParentLocationId"))
public class Location {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "LocationId", nullable = false)
    private Integer id;

    @Column(name = "LocationUUID", nullable = false, length = 36)
    private String locationUuid;

    @Column(name = "LocationCode", length = 8)
    private String locationCode;

    @Column(name = "LocationName", length = 50)
    private String locationName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ParentLocationId", foreignKey = @ForeignKey(name = "tblLocations_ParentLocationId_5ba57c61_fk_tblLocati"))
    private Location parentLocation;

    @Column(name = "LocationType", nullable = false, length = 1)
    private String locationType;

    @Column(name = "ValidityFrom", nullable = false)
    private OffsetDateTime validityFrom;

    @Column(name = "ValidityTo")
    private OffsetDateTime validityTo;

    @Column(name = "LegacyID")
    private Integer legacyId;

    @Column(name = "AuditUserId")
    private Integer auditUserId;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "RowId")
    private String rowId;

    @Column(name = "MalePopulation")
    private Integer malePopulation;

    @Column(name = "FemalePopulation")
    private Integer femalePopulation;

    @Column(name = "OtherPopulation")
    private Integer otherPopulation;

    @Column(name = "Families")
    private Integer families;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getLocationUuid() {
        return locationUuid;
    }

    public void setLocationUuid(String locationUuid) {
        this.locationUuid = locationUuid;
    }

    public String getLocationCode() {
        return locationCode;
    }

    public void setLocationCode(String locationCode) {
        this.locationCode = locationCode;
    }

    public String getLocationName() {
        return locationName;
    }

    public void setLocationName(String locationName) {
        this.locationName = locationName;
    }

    public Location getParentLocation() {
        return parentLocation;
    }

    public void setParentLocation(Location parentLocation) {
        this.parentLocation = parentLocation;
    }

    public String getLocationType() {
        return locationType;
    }

    public void setLocationType(String locationType) {
        this.locationType = locationType;
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

    public String getRowId() {
        return rowId;
    }

    public void setRowId(String rowId) {
        this.rowId = rowId;
    }

    public Integer getMalePopulation() {
        return malePopulation;
    }

    public void setMalePopulation(Integer malePopulation) {
        this.malePopulation = malePopulation;
    }

    public Integer getFemalePopulation() {
        return femalePopulation;
    }

    public void setFemalePopulation(Integer femalePopulation) {
        this.femalePopulation = femalePopulation;
    }

    public Integer getOtherPopulation() {
        return otherPopulation;
    }

    public void setOtherPopulation(Integer otherPopulation) {
        this.otherPopulation = otherPopulation;
    }

    public Integer getFamilies() {
        return families;
    }

    public void setFamilies(Integer families) {
        this.families = families;
    }
}
