package org.openimis.schema.entities.tools;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;
import org.hibernate.annotations.Check;

import java.time.OffsetDateTime;

@Entity
@Comment("A file submitted from a mobile phone.")
@Table(name = "tblFromPhone")
@Check(name = "chk_DocType", constraints = "\"DocType\" IN ('C', 'F', 'R', 'E')")
public class PhoneSubmission {

    @Id
    @Column(name = "FromPhoneId", nullable = false)
    private Integer id;

    @Column(name = "DocType", nullable = false, length = 3)
    private String docType;

    @Column(name = "DocName", nullable = false, length = 200)
    private String docName;

    @Column(name = "DocStatus", length = 3)
    private String docStatus;

    @Column(name = "LandedDate", nullable = false)
    private OffsetDateTime landedDate;

    @Column(name = "OfficerCode", length = 8)
    private String officerCode;

    @Column(name = "CHFID", length = 12)
    private String chfId;

    @Column(name = "PhotoSumittedDate")
    private OffsetDateTime photoSumittedDate;

    @Column(name = "ClaimId")
    private Integer claimId;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getDocType() {
        return docType;
    }

    public void setDocType(String docType) {
        this.docType = docType;
    }

    public String getDocName() {
        return docName;
    }

    public void setDocName(String docName) {
        this.docName = docName;
    }

    public String getDocStatus() {
        return docStatus;
    }

    public void setDocStatus(String docStatus) {
        this.docStatus = docStatus;
    }

    public OffsetDateTime getLandedDate() {
        return landedDate;
    }

    public void setLandedDate(OffsetDateTime landedDate) {
        this.landedDate = landedDate;
    }

    public String getOfficerCode() {
        return officerCode;
    }

    public void setOfficerCode(String officerCode) {
        this.officerCode = officerCode;
    }

    public String getChfId() {
        return chfId;
    }

    public void setChfId(String chfId) {
        this.chfId = chfId;
    }

    public OffsetDateTime getPhotoSumittedDate() {
        return photoSumittedDate;
    }

    public void setPhotoSumittedDate(OffsetDateTime photoSumittedDate) {
        this.photoSumittedDate = photoSumittedDate;
    }

    public Integer getClaimId() {
        return claimId;
    }

    public void setClaimId(Integer claimId) {
        this.claimId = claimId;
    }
}
