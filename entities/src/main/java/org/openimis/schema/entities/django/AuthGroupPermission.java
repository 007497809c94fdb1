package org.openimis.schema.entities.django;

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

@Entity
@Comment("A permission granted to a Django group.")
@Table(name = "auth_group_permissions",
        uniqueConstraints = @UniqueConstraint(name = "auth_group_permissions_group_id_permission_id_0cd325b0_uniq", columnNames = {"group_id", "permission_id"}),
        indexes = {
                @Index(name = "auth_group_permissions_group_id_b120cbf9", columnList = "group_id"),
                @Index(name = "auth_group_permissions_permission_id_84c5c92e", columnList = "permission_id")})
public class AuthGroupPermission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false, foreignKey = @ForeignKey(name = "auth_group_permissions_group_id_b120cbf9_fk_auth_group_id"))
    private AuthGroup group;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "permission_id", nullable = false, foreignKey = @ForeignKey(name = "auth_group_permissio_permission_id_84c5c92e_fk_auth_perm"))
    private AuthPermission permission;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public AuthGroup getGroup() {
        return group;
    }

    public void setGroup(AuthGroup group) {
        this.group = group;
    }

    public AuthPermission getPermission() {
        return permission;
    }

    public void setPermission(AuthPermission permission) {
        this.permission = permission;
    }
}
