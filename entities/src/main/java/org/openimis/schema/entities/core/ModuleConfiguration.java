package org.openimis.schema.entities.core;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Comment("The JSON configuration of one backend or frontend module.")
@Table(name = "core_ModuleConfiguration")
public class ModuleConfiguration {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(name = "module", nullable = false, length = 20)
    private String module;

    @Column(name = "layer", nullable = false, length = 2)
    private String layer;

    @Column(name = "version", nullable = false, length = 10)
    private String version;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "config", nullable = false)
    private String config;

    @Column(name = "is_exposed", nullable = false)
    private Boolean isExposed;

    @Column(name = "is_disabled_until")
    private OffsetDateTime isDisabledUntil;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getLayer() {
        return layer;
    }

    public void setLayer(String layer) {
        this.layer = layer;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getConfig() {
        return config;
    }

    public void setConfig(String config) {
        this.config = config;
    }

    public Boolean getIsExposed() {
        return isExposed;
    }

    public void setIsExposed(Boolean isExposed) {
        this.isExposed = isExposed;
    }

    public OffsetDateTime getIsDisabledUntil() {
        return isDisabledUntil;
    }

    public void setIsDisabledUntil(OffsetDateTime isDisabledUntil) {
        this.isDisabledUntil = isDisabledUntil;
    }
}
