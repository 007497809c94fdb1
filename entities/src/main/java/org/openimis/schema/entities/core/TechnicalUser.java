package org.openimis.schema.entities.core;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.hibernate.annotations.Comment;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Comment("A user for machine-to-machine access.")
@Table(name = "core_TechnicalUser",
        uniqueConstraints = @UniqueConstraint(name = "core_TechnicalUser_username_key", columnNames = "username"))
public class TechnicalUser {

    @Column(name = "password", nullable = false, length = 128)
    private String password;

    @Column(name = "last_login")
    private OffsetDateTime lastLogin;

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(name = "username", nullable = false, length = 150)
    private String username;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "is_staff", nullable = false)
    private Boolean isStaff;

    @Column(name = "is_superuser", nullable = false)
    private Boolean isSuperuser;

    @Column(name = "validity_from")
    private OffsetDateTime validityFrom;

    @Column(name = "validity_to")
    private OffsetDateTime validityTo;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public OffsetDateTime getLastLogin() {
        return lastLogin;
    }

    public void setLastLogin(OffsetDateTime lastLogin) {
        this.lastLogin = lastLogin;
    }

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Boolean getIsStaff() {
        return isStaff;
    }

    public void setIsStaff(Boolean isStaff) {
        this.isStaff = isStaff;
    }

    public Boolean getIsSuperuser() {
        return isSuperuser;
    }

    public void setIsSuperuser(Boolean isSuperuser) {
        this.isSuperuser = isSuperuser;
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
}
