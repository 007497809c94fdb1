package org.openimis.schema.entities.location;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;

@Entity
@Comment("A sub-level of a health facility level.")
@Table(name = "tblHFSublevel")
public class HealthFacilitySubLevel {

    @Id
    @Column(name = "HFSublevel", nullable = false, length = 1)
    private String id;

    @Column(name = "HFSublevelDesc", length = 50)
    private String hfSublevelDesc;

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

    public String getHfSublevelDesc() {
        return hfSublevelDesc;
    }

    public void setHfSublevelDesc(String hfSublevelDesc) {
        this.hfSublevelDesc = hfSublevelDesc;
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
