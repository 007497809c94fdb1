package org.openimis.schema.entities.core;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;
import org.hibernate.annotations.Synchronize;
import org.openimis.schema.entities.django.AuthGroup;

/**
 * A user's membership of a Django group, read from core_User_groups; read-only and generates no DDL
 * (the table comes from sql-extras, as Django's {@code managed=False} model).
 */
@Entity
@Immutable
@Subselect("select \"id\", \"user_id\", \"group_id\" from \"core_User_groups\"")
@Synchronize("core_User_groups")
public class UserGroup {

    @Id
    @Column(name = "id")
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private AuthGroup group;

    public Integer getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public AuthGroup getGroup() {
        return group;
    }
}
