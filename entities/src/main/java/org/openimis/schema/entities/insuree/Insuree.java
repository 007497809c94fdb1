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

import org.openimis.schema.entities.VersionedRecord;
import org.openimis.schema.entities.location.HealthFacility;

import java.time.LocalDate;

@Entity
@Comment("A person covered by the scheme.")
@Table(name = "tblInsuree",
        uniqueConstraints = @UniqueConstraint(name = "tblInsuree_InsureeUUID_key", columnNames = "InsureeUUID"),
        indexes = {
                @Index(name = "tblInsuree_Education_92d6d161", columnList = "Education"),
                @Index(name = "tblInsuree_FamilyID_fd2608e5", columnList = "FamilyID"),
                @Index(name = "tblInsuree_Gender_684d27ce", columnList = "Gender"),
                @Index(name = "tblInsuree_HFID_6dd10883", columnList = "HFID"),
                @Index(name = "tblInsuree_PhotoID_a0c76ec1", columnList = "PhotoID"),
                @Index(name = "tblInsuree_Profession_baa97c52", columnList = "Profession"),
                @Index(name = "tblInsuree_Relationship_abc21144", columnList = "Relationship")})
public class Insuree extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "InsureeID", nullable = false)
    private Integer id;

    @Column(name = "InsureeUUID", nullable = false, length = 36)
    private String insureeUuid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "FamilyID", nullable = false, foreignKey = @ForeignKey(name = "tblInsuree_FamilyID_fd2608e5_fk_tblFamilies_FamilyID"))
    private Family family;

    @Column(name = "CHFID", length = 12)
    private String chfId;

    @Column(name = "LastName", nullable = false, length = 100)
    private String lastName;

    @Column(name = "OtherNames", nullable = false, length = 100)
    private String otherNames;

    @Column(name = "DOB", nullable = false)
    private LocalDate dob;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "Gender", foreignKey = @ForeignKey(name = "tblInsuree_Gender_684d27ce_fk_tblGender_Code"))
    private Gender gender;

    @Column(name = "Marital", length = 1)
    private String marital;

    @Column(name = "IsHead", nullable = false)
    private Boolean isHead;

    @Column(name = "passport", length = 25)
    private String passport;

    @Column(name = "Phone", length = 50)
    private String phone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PhotoID", foreignKey = @ForeignKey(name = "tblInsuree_PhotoID_a0c76ec1_fk_tblPhotos_PhotoID"))
    private InsureePhoto insureePhoto;

    @Column(name = "PhotoDate")
    private LocalDate photoDate;

    @Column(name = "CardIssued", nullable = false)
    private Boolean cardIssued;

    @Column(name = "RowID")
    private byte[] rowId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "Relationship", foreignKey = @ForeignKey(name = "tblInsuree_Relationship_abc21144_fk_tblRelations_RelationId"))
    private Relation relationship;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "Profession", foreignKey = @ForeignKey(name = "tblInsuree_Profession_baa97c52_fk_tblProfessions_ProfessionId"))
    private Profession profession;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "Education", foreignKey = @ForeignKey(name = "tblInsuree_Education_92d6d161_fk_tblEducations_EducationId"))
    private Education education;

    @Column(name = "Email", length = 100)
    private String email;

    @Column(name = "isOffline")
    private Boolean isOffline;

    @Column(name = "TypeOfId", length = 1)
    private String typeOfId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "HFID", foreignKey = @ForeignKey(name = "tblInsuree_HFID_6dd10883_fk_tblHF_HfID"))
    private HealthFacility healthFacility;

    @Column(name = "CurrentAddress", length = 200)
    private String currentAddress;

    @Column(name = "GeoLocation", length = 250)
    private String geoLocation;

    @Column(name = "CurrentVillage")
    private Integer currentVillage;

    @Column(name = "Vulnerability")
    private Boolean vulnerability;

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

    public String getInsureeUuid() {
        return insureeUuid;
    }

    public void setInsureeUuid(String insureeUuid) {
        this.insureeUuid = insureeUuid;
    }

    public Family getFamily() {
        return family;
    }

    public void setFamily(Family family) {
        this.family = family;
    }

    public String getChfId() {
        return chfId;
    }

    public void setChfId(String chfId) {
        this.chfId = chfId;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getOtherNames() {
        return otherNames;
    }

    public void setOtherNames(String otherNames) {
        this.otherNames = otherNames;
    }

    public LocalDate getDob() {
        return dob;
    }

    public void setDob(LocalDate dob) {
        this.dob = dob;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public String getMarital() {
        return marital;
    }

    public void setMarital(String marital) {
        this.marital = marital;
    }

    public Boolean getIsHead() {
        return isHead;
    }

    public void setIsHead(Boolean isHead) {
        this.isHead = isHead;
    }

    public String getPassport() {
        return passport;
    }

    public void setPassport(String passport) {
        this.passport = passport;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public InsureePhoto getInsureePhoto() {
        return insureePhoto;
    }

    public void setInsureePhoto(InsureePhoto insureePhoto) {
        this.insureePhoto = insureePhoto;
    }

    public LocalDate getPhotoDate() {
        return photoDate;
    }

    public void setPhotoDate(LocalDate photoDate) {
        this.photoDate = photoDate;
    }

    public Boolean getCardIssued() {
        return cardIssued;
    }

    public void setCardIssued(Boolean cardIssued) {
        this.cardIssued = cardIssued;
    }

    public byte[] getRowId() {
        return rowId;
    }

    public void setRowId(byte[] rowId) {
        this.rowId = rowId;
    }

    public Relation getRelationship() {
        return relationship;
    }

    public void setRelationship(Relation relationship) {
        this.relationship = relationship;
    }

    public Profession getProfession() {
        return profession;
    }

    public void setProfession(Profession profession) {
        this.profession = profession;
    }

    public Education getEducation() {
        return education;
    }

    public void setEducation(Education education) {
        this.education = education;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Boolean getIsOffline() {
        return isOffline;
    }

    public void setIsOffline(Boolean isOffline) {
        this.isOffline = isOffline;
    }

    public String getTypeOfId() {
        return typeOfId;
    }

    public void setTypeOfId(String typeOfId) {
        this.typeOfId = typeOfId;
    }

    public HealthFacility getHealthFacility() {
        return healthFacility;
    }

    public void setHealthFacility(HealthFacility healthFacility) {
        this.healthFacility = healthFacility;
    }

    public String getCurrentAddress() {
        return currentAddress;
    }

    public void setCurrentAddress(String currentAddress) {
        this.currentAddress = currentAddress;
    }

    public String getGeoLocation() {
        return geoLocation;
    }

    public void setGeoLocation(String geoLocation) {
        this.geoLocation = geoLocation;
    }

    public Integer getCurrentVillage() {
        return currentVillage;
    }

    public void setCurrentVillage(Integer currentVillage) {
        this.currentVillage = currentVillage;
    }

    public Boolean getVulnerability() {
        return vulnerability;
    }

    public void setVulnerability(Boolean vulnerability) {
        this.vulnerability = vulnerability;
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
