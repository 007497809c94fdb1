package org.openimis.schema.entities.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;

@Entity
@Comment("How a product's ceilings are applied (by hospital/non-hospital or claim type).")
@Table(name = "tblCeilingInterpretation")
public class CeilingInterpretation {

    @Id
    @Column(name = "CeilingIntCode", nullable = false)
    private Character id;

    @Column(name = "CeilingIntDesc", nullable = false, length = 100)
    private String ceilingIntDesc;

    @Column(name = "AltLanguage", length = 100)
    private String altLanguage;

    @Column(name = "SortOrder")
    private Integer sortOrder;

    public Character getId() {
        return id;
    }

    public void setId(Character id) {
        this.id = id;
    }

    public String getCeilingIntDesc() {
        return ceilingIntDesc;
    }

    public void setCeilingIntDesc(String ceilingIntDesc) {
        this.ceilingIntDesc = ceilingIntDesc;
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
