package org.openimis.schema.entities.payer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;

@Entity
@Comment("A kind of payer.")
@Table(name = "tblPayerType")
public class PayerType {

    @Column(name = "Code", nullable = false)
    private Character code;

    @Id
    @Column(name = "PayerType", nullable = false, length = 50)
    private String id;

    @Column(name = "AltLanguage", length = 50)
    private String altLanguage;

    @Column(name = "SortOrder")
    private Integer sortOrder;

    public Character getCode() {
        return code;
    }

    public void setCode(Character code) {
        this.code = code;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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
