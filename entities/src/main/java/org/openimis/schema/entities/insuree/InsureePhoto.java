package org.openimis.schema.entities.insuree;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.hibernate.annotations.Comment;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;

@Entity
@Comment("A photo of an insuree.")
@Table(name = "tblPhotos",
        uniqueConstraints = @UniqueConstraint(name = "tblPhotos_PhotoUUID_key", columnNames = "PhotoUUID"))
public class InsureePhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "PhotoID", nullable = false)
    private Integer id;

    @Column(name = "PhotoUUID", nullable = false, length = 36)
    private String photoUuid;

    @Column(name = "InsureeID")
    private Integer insureeId;

    @Column(name = "CHFID", length = 12)
    private String chfId;

    @Column(name = "PhotoFolder", nullable = false, length = 255)
    private String photoFolder;

    @Column(name = "PhotoFileName", length = 250)
    private String photoFileName;

    @Column(name = "OfficerID", nullable = false)
    private Integer officerId;

    @Column(name = "PhotoDate", nullable = false)
    private LocalDate photoDate;

    @Column(name = "ValidityFrom", nullable = false)
    private OffsetDateTime validityFrom;

    @Column(name = "ValidityTo")
    private OffsetDateTime validityTo;

    @Column(name = "AuditUserID")
    private Integer auditUserId;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "RowID")
    private String rowId;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getPhotoUuid() {
        return photoUuid;
    }

    public void setPhotoUuid(String photoUuid) {
        this.photoUuid = photoUuid;
    }

    public Integer getInsureeId() {
        return insureeId;
    }

    public void setInsureeId(Integer insureeId) {
        this.insureeId = insureeId;
    }

    public String getChfId() {
        return chfId;
    }

    public void setChfId(String chfId) {
        this.chfId = chfId;
    }

    public String getPhotoFolder() {
        return photoFolder;
    }

    public void setPhotoFolder(String photoFolder) {
        this.photoFolder = photoFolder;
    }

    public String getPhotoFileName() {
        return photoFileName;
    }

    public void setPhotoFileName(String photoFileName) {
        this.photoFileName = photoFileName;
    }

    public Integer getOfficerId() {
        return officerId;
    }

    public void setOfficerId(Integer officerId) {
        this.officerId = officerId;
    }

    public LocalDate getPhotoDate() {
        return photoDate;
    }

    public void setPhotoDate(LocalDate photoDate) {
        this.photoDate = photoDate;
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
}
