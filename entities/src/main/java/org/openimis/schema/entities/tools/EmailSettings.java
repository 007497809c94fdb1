package org.openimis.schema.entities.tools;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;
import org.hibernate.annotations.JdbcType;

import org.openimis.schema.entities.NoPrimaryKey;
import org.openimis.schema.entities.types.BitStringJdbcType;

@Entity
@Comment("Mail server settings of the legacy application.")
@Table(name = "tblEmailSettings")
@NoPrimaryKey
public class EmailSettings {

    @Id
    @Column(name = "EmailId", nullable = false, length = 200)
    private String emailId;

    @Column(name = "EmailPassword", nullable = false, length = 200)
    private String emailPassword;

    @Column(name = "SMTPHost", nullable = false, length = 200)
    private String smtpHost;

    @Column(name = "Port", nullable = false)
    private Integer port;

    @JdbcType(BitStringJdbcType.class)
    @Column(name = "EnableSSL", nullable = false)
    private Boolean enableSsl;

    public String getEmailId() {
        return emailId;
    }

    public void setEmailId(String emailId) {
        this.emailId = emailId;
    }

    public String getEmailPassword() {
        return emailPassword;
    }

    public void setEmailPassword(String emailPassword) {
        this.emailPassword = emailPassword;
    }

    public String getSmtpHost() {
        return smtpHost;
    }

    public void setSmtpHost(String smtpHost) {
        this.smtpHost = smtpHost;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public Boolean getEnableSsl() {
        return enableSsl;
    }

    public void setEnableSsl(Boolean enableSsl) {
        this.enableSsl = enableSsl;
    }
}
