package org.openimis.schema.entities.insuree;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;

@Entity
@Comment("A kind of identity document.")
@Table(name = "tblIdentificationTypes")
public class IdentificationType {

    @Id
    @Column(name = "IdentificationCode", nullable = false, length = 1)
    private String id;

    @Column(name = "IdentificationTypes", nullable = false, length = 50)
    private String identificationTypes;

    @Column(name = "AltLanguage", length = 50)
    private String altLanguage;

    @Column(name = "SortOrder")
    private Integer sortOrder;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getIdentificationTypes() {
        return identificationTypes;
    }

    public void setIdentificationTypes(String identificationTypes) {
        this.identificationTypes = identificationTypes;
    }

    public String getAltLanguage() {
        return altLanguage;
    }

    public void setAltLanguage(String altLanguage) {
        this.altLanguage = altLanguage;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
