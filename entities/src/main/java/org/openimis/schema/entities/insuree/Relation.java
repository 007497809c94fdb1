package org.openimis.schema.entities.insuree;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;

@Entity
@Comment("A relation of an insuree to the head of the family.")
@Table(name = "tblRelations")
public class Relation {

    @Id
    @Column(name = "RelationId", nullable = false)
    private Short id;

    @Column(name = "Relation", nullable = false, length = 50)
    private String relation;

    @Column(name = "SortOrder")
    private Integer sortOrder;

    @Column(name = "AltLanguage", length = 50)
    private String altLanguage;

    public Short getId() {
        return id;
    }

    public void setId(Short id) {
        this.id = id;
    }

    public String getRelation() {
        return relation;
    }

    public void setRelation(String relation) {
        this.relation = relation;
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
