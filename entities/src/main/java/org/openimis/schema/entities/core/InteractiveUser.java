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

import org.openimis.schema.entities.VersionedRecord;

import java.time.OffsetDateTime;

@Entity
@Comment("A person who logs in to openIMIS (legacy user).")
@Table(name = "tblUsers",
        uniqueConstraints = @UniqueConstraint(name = "tblUsers_UserUUID_key", columnNames = "UserUUID"),
        indexes = @Index(name = "tblUsers_LanguageID_41388727", columnList = "LanguageID"))
public class InteractiveUser extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "UserID", nullable = false)
    private Integer id;

    @Column(name = "UserUUID", nullable = false, length = 36)
    private String userUuid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "LanguageID", nullable = false, foreignKey = @ForeignKey(name = "tblUsers_LanguageID_41388727_fk_tblLanguages_LanguageCode"))
    private Language language;

    @Column(name = "LastName", nullable = false, length = 100)
    private String lastName;

    @Column(name = "OtherNames", nullable = false, length = 100)
    private String otherNames;

    @Column(name = "Phone", length = 50)
    private String phone;

    @Column(name = "LoginName", nullable = false, length = 25)
    private String loginName;

    @Column(name = "RoleID")
    private Integer roleId;

    @Column(name = "HFID")
    private Integer hfId;

    @Column(name = "password")
    private byte[] password;

    @Column(name = "DummyPwd", length = 25)
    private String dummyPwd;

    @Column(name = "EmailId", length = 200)
    private String emailId;

    @Column(name = "PrivateKey", length = 256)
    private String privateKey;

    @Column(name = "StoredPassword", length = 256)
    private String storedPassword;

    @Column(name = "PasswordValidity")
    private OffsetDateTime passwordValidity;

    @Column(name = "IsAssociated")
    private Boolean isAssociated;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getUserUuid() {
        return userUuid;
    }

    public void setUserUuid(String userUuid) {
        this.userUuid = userUuid;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
    }

    public Integer getRoleId() {
        return roleId;
    }

    public void setRoleId(Integer roleId) {
        this.roleId = roleId;
    }

    public Integer getHfId() {
        return hfId;
    }

    public void setHfId(Integer hfId) {
        this.hfId = hfId;
    }

    public byte[] getPassword() {
        return password;
    }

    public void setPassword(byte[] password) {
        this.password = password;
    }

    public String getDummyPwd() {
        return dummyPwd;
    }

    public void setDummyPwd(String dummyPwd) {
        this.dummyPwd = dummyPwd;
    }

    public String getEmailId() {
        return emailId;
    }

    public void setEmailId(String emailId) {
        this.emailId = emailId;
    }

    public String getPrivateKey() {
        return privateKey;
    }

    public void setPrivateKey(String privateKey) {
        this.privateKey = privateKey;
    }

    public String getStoredPassword() {
        return storedPassword;
    }

    public void setStoredPassword(String storedPassword) {
        this.storedPassword = storedPassword;
    }

    public OffsetDateTime getPasswordValidity() {
        return passwordValidity;
    }

    public void setPasswordValidity(OffsetDateTime passwordValidity) {
        this.passwordValidity = passwordValidity;
    }

    public Boolean getIsAssociated() {
        return isAssociated;
    }

    public void setIsAssociated(Boolean isAssociated) {
        this.isAssociated = isAssociated;
    }
}
