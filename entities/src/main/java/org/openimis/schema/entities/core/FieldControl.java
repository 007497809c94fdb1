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
@Comment("How a form field of a module is shown (hidden, optional, mandatory).")
@Table(name = "core_FieldControl",
        uniqueConstraints = @UniqueConstraint(name = "core_FieldControl_field_key", columnNames = "field"),
        indexes = @Index(name = "core_FieldControl_module_id_bc15aba5", columnList = "module_id"))
public class FieldControl {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(name = "field", nullable = false, length = 250)
    private String field;

    @Column(name = "usage")
    private Integer usage;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false, foreignKey = @ForeignKey(name = "core_FieldControl_module_id_bc15aba5_fk_core_Modu"))
    private ModuleConfiguration module;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public Integer getUsage() {
        return usage;
    }

    public void setUsage(Integer usage) {
        this.usage = usage;
    }

    public ModuleConfiguration getModule() {
        return module;
    }

    public void setModule(ModuleConfiguration module) {
        this.module = module;
    }
}
