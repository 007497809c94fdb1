package org.openimis.schema.entities.core;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.hibernate.annotations.Comment;

import java.util.UUID;

@Entity
@Comment("A login: links an interactive, technical, officer or claim-admin identity.")
@Table(name = "core_User",
        uniqueConstraints = @UniqueConstraint(name = "core_User_username_key", columnNames = "username"),
        indexes = {
                @Index(name = "core_User_claim_admin_id", columnList = "claim_admin_id"),
                @Index(name = "core_User_i_user_id_0537e04c", columnList = "i_user_id"),
                @Index(name = "core_User_officer_id", columnList = "officer_id"),
                @Index(name = "core_User_t_user_id_c850bf43", columnList = "t_user_id")})
public class User {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(name = "username", nullable = false, length = 25)
    private String username;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "i_user_id", foreignKey = @ForeignKey(name = "core_User_i_user_id_0537e04c_fk_tblUsers_UserID"))
    private InteractiveUser iUser;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "t_user_id", foreignKey = @ForeignKey(name = "core_User_t_user_id_c850bf43_fk_core_TechnicalUser_id"))
    private TechnicalUser tUser;

    @Column(name = "claim_admin_id")
    private Integer claimAdminId;

    @Column(name = "officer_id")
    private Integer officerId;

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

    public InteractiveUser getIUser() {
        return iUser;
    }

    public void setIUser(InteractiveUser iUser) {
        this.iUser = iUser;
    }

    public TechnicalUser getTUser() {
        return tUser;
    }

    public void setTUser(TechnicalUser tUser) {
        this.tUser = tUser;
    }

    public Integer getClaimAdminId() {
        return claimAdminId;
    }

    public void setClaimAdminId(Integer claimAdminId) {
        this.claimAdminId = claimAdminId;
    }

    public Integer getOfficerId() {
        return officerId;
    }

    public void setOfficerId(Integer officerId) {
        this.officerId = officerId;
    }
}
