package org.openimis.schema.entities.tools;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;

import java.time.LocalDate;
import java.time.OffsetDateTime;

@Entity
@Comment("A photo submitted from a mobile phone.")
@Table(name = "tblSubmittedPhotos")
public class SubmittedPhoto {

    @Id
    @Column(name = "PhotoId", nullable = false)
    private Integer id;

    @Column(name = "ImageName", length = 50)
    private String imageName;

    @Column(name = "CHFID", length = 12)
    private String chfId;

    @Column(name = "OfficerCode", length = 8)
    private String officerCode;

    @Column(name = "PhotoDate")
    private LocalDate photoDate;

    @Column(name = "RegisterDate")
    private OffsetDateTime registerDate;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getImageName() {
        return imageName;
    }

    public void setImageName(String imageName) {
        this.imageName = imageName;
    }

    public String getChfId() {
        return chfId;
    }

    public void setChfId(String chfId) {
        this.chfId = chfId;
    }

    public String getOfficerCode() {
        return officerCode;
    }

    public void setOfficerCode(String officerCode) {
        this.officerCode = officerCode;
    }

    public LocalDate getPhotoDate() {
        return photoDate;
    }

    public void setPhotoDate(LocalDate photoDate) {
        this.photoDate = photoDate;
    }

    public OffsetDateTime getRegisterDate() {
        return registerDate;
    }

    public void setRegisterDate(OffsetDateTime registerDate) {
        this.registerDate = registerDate;
    }
}
