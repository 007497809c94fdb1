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

import org.hibernate.annotations.Comment;

import java.time.OffsetDateTime;

@Entity
@Comment("A role given to a user.")
@Table(name = "tblUserRole",
        indexes = {
                @Index(name = "tblUserRole_RoleID_6dd249f4", columnList = "RoleID"),
                @Index(name = "tblUserRole_UserID_23690a00", columnList = "UserID")})
public class UserRole {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "UserRoleID", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "UserID", nullable = false, foreignKey = @ForeignKey(name = "tblUserRole_UserID_23690a00_fk_tblUsers_UserID"))
    private InteractiveUser interactiveUser;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "RoleID", nullable = false, foreignKey = @ForeignKey(name = "tblUserRole_RoleID_6dd249f4_fk_tblRole_RoleID"))
    private Role role;

    @Column(name = "ValidityFrom", nullable = false)
    private OffsetDateTime validityFrom;

    @Column(name = "ValidityTo")
    private OffsetDateTime validityTo;

    @Column(name = "AudituserID")
    private Integer audituserId;

    @Column(name = "LegacyID")
    private Integer legacyId;

    @Column(name = "Assign")
    private Integer assign;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public InteractiveUser getInteractiveUser() {
        return interactiveUser;
    }

    public void setInteractiveUser(InteractiveUser interactiveUser) {
        this.interactiveUser = interactiveUser;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
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

    public Integer getAudituserId() {
        return audituserId;
    }

    public void setAudituserId(Integer audituserId) {
        this.audituserId = audituserId;
    }

    public Integer getLegacyId() {
        return legacyId;
    }

    public void setLegacyId(Integer legacyId) {
        this.legacyId = legacyId;
    }

    public Integer getAssign() {
        return assign;
    }

    public void setAssign(Integer assign) {
        this.assign = assign;
    }
}
