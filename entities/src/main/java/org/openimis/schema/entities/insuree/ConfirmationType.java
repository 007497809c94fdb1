package org.openimis.schema.entities.insuree;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;

@Entity
@Comment("A kind of confirmation of a family's poverty status.")
@Table(name = "tblConfirmationTypes")
public class ConfirmationType {

    @Id
    @Column(name = "ConfirmationTypeCode", nullable = false, length = 3)
    private String id;

    @Column(name = "ConfirmationType", nullable = false, length = 50)
    private String confirmationType;

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

    public String getConfirmationType() {
        return confirmationType;
    }

    public void setConfirmationType(String confirmationType) {
        this.confirmationType = confirmationType;
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
