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

import org.openimis.schema.entities.django.AuthPermission;

@Entity
@Comment("A Django permission given directly to a user.")
@Table(name = "core_User_user_permissions",
        uniqueConstraints = @UniqueConstraint(name = "core_User_user_permissions_user_id_permission_id_a3c26725_uniq", columnNames = {"user_id", "permission_id"}),
        indexes = {
                @Index(name = "core_User_user_permissions_permission_id_f70a87da", columnList = "permission_id"),
                @Index(name = "core_User_user_permissions_user_id_bf794316", columnList = "user_id")})
public class UserPermission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, foreignKey = @ForeignKey(name = "core_User_user_permissions_user_id_bf794316_fk_core_User_id"))
    private User user;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "permission_id", nullable = false, foreignKey = @ForeignKey(name = "core_User_user_permi_permission_id_f70a87da_fk_auth_perm"))
    private AuthPermission permission;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public User getUser() {
        return user;
    }

    public void setUser(User user) {
        this.user = user;
    }

    public AuthPermission getPermission() {
        return permission;
    }

    public void setPermission(AuthPermission permission) {
        this.permission = permission;
    }
}
