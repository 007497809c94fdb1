package org.openimis.schema.entities.core;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;

@Entity
@Comment("Whether a legacy form field is hidden, optional or mandatory.")
@Table(name = "tblControls")
public class FieldSetting {

    @Id
    @Column(name = "FieldName", nullable = false, length = 50)
    private String id;

    @Column(name = "Adjustibility", nullable = false, length = 1)
    private String adjustibility;

    @Column(name = "Usage", nullable = false, length = 200)
    private String usage;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getAdjustibility() {
        return adjustibility;
    }

    public void setAdjustibility(String adjustibility) {
        this.adjustibility = adjustibility;
    }

    public String getUsage() {
        return usage;
    }

    public void setUsage(String usage) {
        this.usage = usage;
    }
}
