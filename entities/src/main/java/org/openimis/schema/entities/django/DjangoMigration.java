package org.openimis.schema.entities.django;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;

import java.time.OffsetDateTime;

@Entity
@Comment("A Django migration that has been applied.")
@Table(name = "django_migrations")
public class DjangoMigration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", nullable = false)
    private Integer id;

    @Column(name = "app", nullable = false, length = 255)
    private String app;

    @Column(name = "name", nullable = false, length = 255)
    private String name;

    @Column(name = "applied", nullable = false)
    private OffsetDateTime applied;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getApp() {
        return app;
    }

    public void setApp(String app) {
        this.app = app;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OffsetDateTime getApplied() {
        return applied;
    }

    public void setApplied(OffsetDateTime applied) {
        this.applied = applied;
    }
}
