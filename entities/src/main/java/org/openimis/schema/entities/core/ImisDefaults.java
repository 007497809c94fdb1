package org.openimis.schema.entities.core;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;
import org.hibernate.annotations.ColumnDefault;

import org.openimis.schema.entities.PrimaryKeyName;

import java.math.BigDecimal;

@Entity
@Comment("Scheme-wide settings of the legacy application.")
@Table(name = "tblIMISDefaults")
@PrimaryKeyName("PK_tblIMISDefaults")
public class ImisDefaults {

    @Id
    @Column(name = "DefaultID", nullable = false)
    private Integer id;

    @Column(name = "PolicyRenewalInterval")
    private Integer policyRenewalInterval;

    @Column(name = "FTPHost", length = 50)
    private String ftpHost;

    @Column(name = "FTPUser", length = 50)
    private String ftpUser;

    @Column(name = "FTPPassword", length = 20)
    private String ftpPassword;

    @Column(name = "FTPPort")
    private Integer ftpPort;

    @Column(name = "FTPEnrollmentFolder", length = 255)
    private String ftpEnrollmentFolder;

    @Column(name = "AssociatedPhotoFolder", length = 255)
    private String associatedPhotoFolder;

    @Column(name = "FTPClaimFolder", length = 255)
    private String ftpClaimFolder;

    @Column(name = "FTPFeedbackFolder", length = 255)
    private String ftpFeedbackFolder;

    @Column(name = "FTPPolicyRenewalFolder", length = 255)
    private String ftpPolicyRenewalFolder;

    @Column(name = "FTPPhoneExtractFolder", length = 255)
    private String ftpPhoneExtractFolder;

    @Column(name = "FTPOffLineExtractFolder", length = 255)
    private String ftpOffLineExtractFolder;

    @Column(name = "AppVersionBackEnd", precision = 3, scale = 1)
    private BigDecimal appVersionBackEnd;

    @Column(name = "AppVersionEnquire", precision = 3, scale = 1)
    private BigDecimal appVersionEnquire;

    @Column(name = "AppVersionEnroll", precision = 3, scale = 1)
    private BigDecimal appVersionEnroll;

    @Column(name = "AppVersionRenewal", precision = 3, scale = 1)
    private BigDecimal appVersionRenewal;

    @Column(name = "AppVersionFeedback", precision = 3, scale = 1)
    private BigDecimal appVersionFeedback;

    @Column(name = "AppVersionClaim", precision = 3, scale = 1)
    private BigDecimal appVersionClaim;

    @Column(name = "OffLineHF")
    private Integer offLineHf;

    @Column(name = "WinRarFolder", length = 255)
    private String winRarFolder;

    @Column(name = "DatabaseBackupFolder", length = 255)
    private String databaseBackupFolder;

    @Column(name = "OfflineCHF")
    private Integer offlineChf;

    @Column(name = "SMSLink", length = 500)
    private String smsLink;

    @Column(name = "SMSIP", length = 15)
    private String smsip;

    @Column(name = "SMSUserName", length = 15)
    private String smsUserName;

    @Column(name = "SMSPassword", length = 50)
    private String smsPassword;

    @Column(name = "SMSSource", length = 15)
    private String smsSource;

    @Column(name = "SMSDlr")
    private Integer smsDlr;

    @Column(name = "SMSType")
    private Integer smsType;

    @Column(name = "AppVersionFeedbackRenewal", precision = 3, scale = 1)
    private BigDecimal appVersionFeedbackRenewal;

    @Column(name = "AppVersionImis", precision = 3, scale = 1)
    private BigDecimal appVersionImis;

    @Column(name = "APIKey", length = 100)
    private String apiKey;

    @ColumnDefault("2")
    @Column(name = "ActivationOption", nullable = false)
    private Short activationOption;

    @ColumnDefault("true")
    @Column(name = "BypassReviewClaim", nullable = false)
    private Boolean bypassReviewClaim;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public Integer getPolicyRenewalInterval() {
        return policyRenewalInterval;
    }

    public void setPolicyRenewalInterval(Integer policyRenewalInterval) {
        this.policyRenewalInterval = policyRenewalInterval;
    }

    public String getFtpHost() {
        return ftpHost;
    }

    public void setFtpHost(String ftpHost) {
        this.ftpHost = ftpHost;
    }

    public String getFtpUser() {
        return ftpUser;
    }

    public void setFtpUser(String ftpUser) {
        this.ftpUser = ftpUser;
    }

    public String getFtpPassword() {
        return ftpPassword;
    }

    public void setFtpPassword(String ftpPassword) {
        this.ftpPassword = ftpPassword;
    }

    public Integer getFtpPort() {
        return ftpPort;
    }

    public void setFtpPort(Integer ftpPort) {
        this.ftpPort = ftpPort;
    }

    public String getFtpEnrollmentFolder() {
        return ftpEnrollmentFolder;
    }

    public void setFtpEnrollmentFolder(String ftpEnrollmentFolder) {
        this.ftpEnrollmentFolder = ftpEnrollmentFolder;
    }

    public String getAssociatedPhotoFolder() {
        return associatedPhotoFolder;
    }

    public void setAssociatedPhotoFolder(String associatedPhotoFolder) {
        this.associatedPhotoFolder = associatedPhotoFolder;
    }

    public String getFtpClaimFolder() {
        return ftpClaimFolder;
    }

    public void setFtpClaimFolder(String ftpClaimFolder) {
        this.ftpClaimFolder = ftpClaimFolder;
    }

    public String getFtpFeedbackFolder() {
        return ftpFeedbackFolder;
    }

    public void setFtpFeedbackFolder(String ftpFeedbackFolder) {
        this.ftpFeedbackFolder = ftpFeedbackFolder;
    }

    public String getFtpPolicyRenewalFolder() {
        return ftpPolicyRenewalFolder;
    }

    public void setFtpPolicyRenewalFolder(String ftpPolicyRenewalFolder) {
        this.ftpPolicyRenewalFolder = ftpPolicyRenewalFolder;
    }

    public String getFtpPhoneExtractFolder() {
        return ftpPhoneExtractFolder;
    }

    public void setFtpPhoneExtractFolder(String ftpPhoneExtractFolder) {
        this.ftpPhoneExtractFolder = ftpPhoneExtractFolder;
    }

    public String getFtpOffLineExtractFolder() {
        return ftpOffLineExtractFolder;
    }

    public void setFtpOffLineExtractFolder(String ftpOffLineExtractFolder) {
        this.ftpOffLineExtractFolder = ftpOffLineExtractFolder;
    }

    public BigDecimal getAppVersionBackEnd() {
        return appVersionBackEnd;
    }

    public void setAppVersionBackEnd(BigDecimal appVersionBackEnd) {
        this.appVersionBackEnd = appVersionBackEnd;
    }

    public BigDecimal getAppVersionEnquire() {
        return appVersionEnquire;
    }

    public void setAppVersionEnquire(BigDecimal appVersionEnquire) {
        this.appVersionEnquire = appVersionEnquire;
    }

    public BigDecimal getAppVersionEnroll() {
        return appVersionEnroll;
    }

    public void setAppVersionEnroll(BigDecimal appVersionEnroll) {
        this.appVersionEnroll = appVersionEnroll;
    }

    public BigDecimal getAppVersionRenewal() {
        return appVersionRenewal;
    }

    public void setAppVersionRenewal(BigDecimal appVersionRenewal) {
        this.appVersionRenewal = appVersionRenewal;
    }

    public BigDecimal getAppVersionFeedback() {
        return appVersionFeedback;
    }

    public void setAppVersionFeedback(BigDecimal appVersionFeedback) {
        this.appVersionFeedback = appVersionFeedback;
    }

    public BigDecimal getAppVersionClaim() {
        return appVersionClaim;
    }

    public void setAppVersionClaim(BigDecimal appVersionClaim) {
        this.appVersionClaim = appVersionClaim;
    }

    public Integer getOffLineHf() {
        return offLineHf;
    }

    public void setOffLineHf(Integer offLineHf) {
        this.offLineHf = offLineHf;
    }

    public String getWinRarFolder() {
        return winRarFolder;
    }

    public void setWinRarFolder(String winRarFolder) {
        this.winRarFolder = winRarFolder;
    }

    public String getDatabaseBackupFolder() {
        return databaseBackupFolder;
    }

    public void setDatabaseBackupFolder(String databaseBackupFolder) {
        this.databaseBackupFolder = databaseBackupFolder;
    }

    public Integer getOfflineChf() {
        return offlineChf;
    }

    public void setOfflineChf(Integer offlineChf) {
        this.offlineChf = offlineChf;
    }

    public String getSmsLink() {
        return smsLink;
    }

    public void setSmsLink(String smsLink) {
        this.smsLink = smsLink;
    }

    public String getSmsip() {
        return smsip;
    }

    public void setSmsip(String smsip) {
        this.smsip = smsip;
    }

    public String getSmsUserName() {
        return smsUserName;
    }

    public void setSmsUserName(String smsUserName) {
        this.smsUserName = smsUserName;
    }

    public String getSmsPassword() {
        return smsPassword;
    }

    public void setSmsPassword(String smsPassword) {
        this.smsPassword = smsPassword;
    }

    public String getSmsSource() {
        return smsSource;
    }

    public void setSmsSource(String smsSource) {
        this.smsSource = smsSource;
    }

    public Integer getSmsDlr() {
        return smsDlr;
    }

    public void setSmsDlr(Integer smsDlr) {
        this.smsDlr = smsDlr;
    }

    public Integer getSmsType() {
        return smsType;
    }

    public void setSmsType(Integer smsType) {
        this.smsType = smsType;
    }

    public BigDecimal getAppVersionFeedbackRenewal() {
        return appVersionFeedbackRenewal;
    }

    public void setAppVersionFeedbackRenewal(BigDecimal appVersionFeedbackRenewal) {
        this.appVersionFeedbackRenewal = appVersionFeedbackRenewal;
    }

    public BigDecimal getAppVersionImis() {
        return appVersionImis;
    }

    public void setAppVersionImis(BigDecimal appVersionImis) {
        this.appVersionImis = appVersionImis;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public Short getActivationOption() {
        return activationOption;
    }

    public void setActivationOption(Short activationOption) {
        this.activationOption = activationOption;
    }

    public Boolean getBypassReviewClaim() {
        return bypassReviewClaim;
    }

    public void setBypassReviewClaim(Boolean bypassReviewClaim) {
        this.bypassReviewClaim = bypassReviewClaim;
    }
}
