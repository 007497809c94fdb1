package org.openimis.schema.entities.insuree;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;

@Entity
@Comment("A profession.")
@Table(name = "tblProfessions")
public class Profession {

    @Id
    @Column(name = "ProfessionId", nullable = false)
    private Short id;

    @Column(name = "Profession", nullable = false, length = 50)
    private String profession;

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

    public String getProfession() {
        return profession;
    }

    public void setProfession(String profession) {
        this.profession = profession;
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
