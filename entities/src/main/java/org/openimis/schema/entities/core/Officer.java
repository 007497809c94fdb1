package org.openimis.schema.entities.core;

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

import java.time.LocalDate;
import java.time.OffsetDateTime;

@Entity
@Comment("An enrolment officer who sells and renews policies.")
@Table(name = "tblOfficer",
        uniqueConstraints = @UniqueConstraint(name = "tblOfficer_OfficerUUID_key", columnNames = "OfficerUUID"),
        indexes = @Index(name = "tblOfficer_OfficerIDSubst_29656666", columnList = "OfficerIDSubst"))
public class Officer extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "OfficerID", nullable = false)
    private Integer id;

    @Column(name = "OfficerUUID", nullable = false, length = 36)
    private String officerUuid;

    @Column(name = "Code", nullable = false, length = 8)
    private String code;

    @Column(name = "LastName", nullable = false, length = 100)
    private String lastName;

    @Column(name = "OtherNames", nullable = false, length = 100)
    private String otherNames;

    @Column(name = "DOB")
    private LocalDate dob;

    @Column(name = "Phone", length = 50)
    private String phone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "LocationId", foreignKey = @ForeignKey(name = "LocationId"))
    private Location location;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "OfficerIDSubst", foreignKey = @ForeignKey(name = "tblOfficer_OfficerIDSubst_29656666_fk_tblOfficer_OfficerID"))
    private Officer officerIdSubst;

    @Column(name = "WorksTo")
    private OffsetDateTime worksTo;

    @Column(name = "VEOCode", length = 8)
    private String veoCode;

    @Column(name = "VEOLastName", length = 100)
    private String veoLastName;

    @Column(name = "VEOOtherNames", length = 100)
    private String veoOtherNames;

    @Column(name = "VEODOB")
    private LocalDate veodob;

    @Column(name = "VEOPhone", length = 25)
    private String veoPhone;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "RowID")
    private String rowId;

    @Column(name = "EmailId", length = 200)
    private String emailId;

    @Column(name = "PhoneCommunication")
    private Boolean phoneCommunication;

    @Column(name = "permanentaddress", length = 100)
    private String permanentaddress;

    @Column(name = "HasLogin")
    private Boolean hasLogin;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getOfficerUuid() {
        return officerUuid;
    }

    public void setOfficerUuid(String officerUuid) {
        this.officerUuid = officerUuid;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Location getLocation() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = location;
    }

    public Officer getOfficerIdSubst() {
        return officerIdSubst;
    }

    public void setOfficerIdSubst(Officer officerIdSubst) {
        this.officerIdSubst = officerIdSubst;
    }

    public OffsetDateTime getWorksTo() {
        return worksTo;
    }

    public void setWorksTo(OffsetDateTime worksTo) {
        this.worksTo = worksTo;
    }

    public String getVeoCode() {
        return veoCode;
    }

    public void setVeoCode(String veoCode) {
        this.veoCode = veoCode;
    }

    public String getVeoLastName() {
        return veoLastName;
    }

    public void setVeoLastName(String veoLastName) {
        this.veoLastName = veoLastName;
    }

    public String getVeoOtherNames() {
        return veoOtherNames;
    }

    public void setVeoOtherNames(String veoOtherNames) {
        this.veoOtherNames = veoOtherNames;
    }

    public LocalDate getVeodob() {
        return veodob;
    }

    public void setVeodob(LocalDate veodob) {
        this.veodob = veodob;
    }

    public String getVeoPhone() {
        return veoPhone;
    }

    public void setVeoPhone(String veoPhone) {
        this.veoPhone = veoPhone;
    }

    public String getRowId() {
        return rowId;
    }

    public void setRowId(String rowId) {
        this.rowId = rowId;
    }

    public String getEmailId() {
        return emailId;
    }

    public void setEmailId(String emailId) {
        this.emailId = emailId;
    }

    public Boolean getPhoneCommunication() {
        return phoneCommunication;
    }

    public void setPhoneCommunication(Boolean phoneCommunication) {
        this.phoneCommunication = phoneCommunication;
    }

    public String getPermanentaddress() {
        return permanentaddress;
    }

    public void setPermanentaddress(String permanentaddress) {
        this.permanentaddress = permanentaddress;
    }

    public Boolean getHasLogin() {
        return hasLogin;
    }

    public void setHasLogin(Boolean hasLogin) {
        this.hasLogin = hasLogin;
    }
}
