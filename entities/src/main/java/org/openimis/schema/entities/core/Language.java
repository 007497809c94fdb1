package org.openimis.schema.entities.core;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;

@Entity
@Comment("A language the user interface and SMS can use.")
@Table(name = "tblLanguages")
public class Language {

    @Id
    @Column(name = "LanguageCode", nullable = false, length = 5)
    private String id;

    @Column(name = "LanguageName", nullable = false, length = 50)
    private String languageName;

    @Column(name = "SortOrder")
    private Integer sortOrder;

    @Column(name = "CountryCode", length = 10)
    private String countryCode;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getLanguageName() {
        return languageName;
    }

    public void setLanguageName(String languageName) {
        this.languageName = languageName;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }
}
