package org.openimis.schema.entities.location;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;

@Entity
@Comment("A legal form of health facility (public, private, ...).")
@Table(name = "tblLegalForms")
public class HealthFacilityLegalForm {

    @Id
    @Column(name = "LegalFormCode", nullable = false, length = 1)
    private String id;

    @Column(name = "LegalForms", nullable = false, length = 50)
    private String legalForms;

    @Column(name = "SortOrder")
    private Integer sortOrder;

    @Column(name = "AltLanguage", length = 50)
    private String altLanguage;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getLegalForms() {
        return legalForms;
    }

    public void setLegalForms(String legalForms) {
        this.legalForms = legalForms;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String getAltLanguage() {
        return altLanguage;
    }

    public void setAltLanguage(String altLanguage) {
        this.altLanguage = altLanguage;
    }
}
