package org.openimis.schema.entities.insuree;

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

import org.openimis.schema.entities.VersionedRecord;
import org.openimis.schema.entities.location.Location;

@Entity
@Comment("A family (household) enrolled in the scheme.")
@Table(name = "tblFamilies",
        uniqueConstraints = @UniqueConstraint(name = "tblFamilies_FamilyUUID_key", columnNames = "FamilyUUID"),
        indexes = {
                @Index(name = "tblFamilies_ConfirmationType_bcb4c6c3", columnList = "ConfirmationType"),
                @Index(name = "tblFamilies_FamilyType_bee7213f", columnList = "FamilyType"),
                @Index(name = "tblFamilies_LocationId_a1cec0d8", columnList = "LocationId")})
public class Family extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "FamilyID", nullable = false)
    private Integer id;

    @Column(name = "FamilyUUID", nullable = false, length = 36)
    private String familyUuid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "InsureeID", nullable = false, foreignKey = @ForeignKey(name = "tblFamilies_InsureeID_d793b5db_fk_tblInsuree_InsureeID"))
    private Insuree insuree;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "LocationId", foreignKey = @ForeignKey(name = "tblFamilies_LocationId_a1cec0d8_fk_tblLocations_LocationId"))
    private Location location;

    @Column(name = "Poverty")
    private Boolean poverty;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "RowID")
    private String rowId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "FamilyType", foreignKey = @ForeignKey(name = "tblFamilies_FamilyType_bee7213f_fk_tblFamily"))
    private FamilyType familyType;

    @Column(name = "FamilyAddress", length = 200)
    private String familyAddress;

    @Column(name = "isOffline")
    private Boolean isOffline;

    @Column(name = "Ethnicity", length = 1)
    private String ethnicity;

    @Column(name = "ConfirmationNo", length = 12)
    private String confirmationNo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ConfirmationType", foreignKey = @ForeignKey(name = "tblFamilies_ConfirmationType_bcb4c6c3_fk_tblConfir"))
    private ConfirmationType confirmationType;

    @Column(name = "Source", length = 50)
    private String source;

    @Column(name = "SourceVersion", length = 15)
    private String sourceVersion;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getFamilyUuid() {
        return familyUuid;
    }

    public void setFamilyUuid(String familyUuid) {
        this.familyUuid = familyUuid;
    }

    public Insuree getInsuree() {
        return insuree;
    }

    public void setInsuree(Insuree insuree) {
        this.insuree = insuree;
    }

    public Location getLocation() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = location;
    }

    public Boolean getPoverty() {
        return poverty;
    }

    public void setPoverty(Boolean poverty) {
        this.poverty = poverty;
    }

    public String getRowId() {
        return rowId;
    }

    public void setRowId(String rowId) {
        this.rowId = rowId;
    }

    public FamilyType getFamilyType() {
        return familyType;
    }

    public void setFamilyType(FamilyType familyType) {
        this.familyType = familyType;
    }

    public String getFamilyAddress() {
        return familyAddress;
    }

    public void setFamilyAddress(String familyAddress) {
        this.familyAddress = familyAddress;
    }

    public Boolean getIsOffline() {
        return isOffline;
    }

    public void setIsOffline(Boolean isOffline) {
        this.isOffline = isOffline;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public String getConfirmationNo() {
        return confirmationNo;
    }

    public void setConfirmationNo(String confirmationNo) {
        this.confirmationNo = confirmationNo;
    }

    public ConfirmationType getConfirmationType() {
        return confirmationType;
    }

    public void setConfirmationType(ConfirmationType confirmationType) {
        this.confirmationType = confirmationType;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getSourceVersion() {
        return sourceVersion;
    }

    public void setSourceVersion(String sourceVersion) {
        this.sourceVersion = sourceVersion;
    }
}
