package org.openimis.schema.entities.tools;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;

import org.openimis.schema.entities.VersionedRecord;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Comment("An offline extract (data package) of the legacy application.")
@Table(name = "tblExtracts")
public class Extract extends VersionedRecord {

    @Id
    @Column(name = "ExtractID", nullable = false)
    private Integer id;

    @Column(name = "ExtractUUID", nullable = false)
    private UUID extractUuid;

    @Column(name = "ExtractDirection", nullable = false)
    private Short extractDirection;

    @Column(name = "ExtractType", nullable = false)
    private Short extractType;

    @Column(name = "ExtractSequence", nullable = false)
    private Integer extractSequence;

    @Column(name = "ExtractDate", nullable = false)
    private OffsetDateTime extractDate;

    @Column(name = "ExtractFileName", length = 255)
    private String extractFileName;

    @Column(name = "ExtractFolder", length = 255)
    private String extractFolder;

    @Column(name = "LocationId", nullable = false)
    private Integer locationId;

    @Column(name = "HFID")
    private Integer hfId;

    @Column(name = "AppVersionBackend", nullable = false, precision = 3, scale = 1)
    private BigDecimal appVersionBackend;

    @Column(name = "RowID")
    private Long rowId;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public UUID getExtractUuid() {
        return extractUuid;
    }

    public void setExtractUuid(UUID extractUuid) {
        this.extractUuid = extractUuid;
    }

    public Short getExtractDirection() {
        return extractDirection;
    }

    public void setExtractDirection(Short extractDirection) {
        this.extractDirection = extractDirection;
    }

    public Short getExtractType() {
        return extractType;
    }

    public void setExtractType(Short extractType) {
        this.extractType = extractType;
    }

    public Integer getExtractSequence() {
        return extractSequence;
    }

    public void setExtractSequence(Integer extractSequence) {
        this.extractSequence = extractSequence;
    }

    public OffsetDateTime getExtractDate() {
        return extractDate;
    }

    public void setExtractDate(OffsetDateTime extractDate) {
        this.extractDate = extractDate;
    }

    public String getExtractFileName() {
        return extractFileName;
    }

    public void setExtractFileName(String extractFileName) {
        this.extractFileName = extractFileName;
    }

    public String getExtractFolder() {
        return extractFolder;
    }

    public void setExtractFolder(String extractFolder) {
        this.extractFolder = extractFolder;
    }

    public Integer getLocationId() {
        return locationId;
    }

    public void setLocationId(Integer locationId) {
        this.locationId = locationId;
    }

    public Integer getHfId() {
        return hfId;
    }

    public void setHfId(Integer hfId) {
        this.hfId = hfId;
    }

    public BigDecimal getAppVersionBackend() {
        return appVersionBackend;
    }

    public void setAppVersionBackend(BigDecimal appVersionBackend) {
        this.appVersionBackend = appVersionBackend;
    }

    public Long getRowId() {
        return rowId;
    }

    public void setRowId(Long rowId) {
        this.rowId = rowId;
    }
}
