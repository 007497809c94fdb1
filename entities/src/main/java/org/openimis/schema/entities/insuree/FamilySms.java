package org.openimis.schema.entities.insuree;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.hibernate.annotations.Comment;

import org.openimis.schema.entities.NoPrimaryKey;

import java.time.OffsetDateTime;

@Entity
@Comment("Whether and in which language a family receives SMS.")
@Table(name = "tblFamilySMS",
        uniqueConstraints = @UniqueConstraint(name = "uc_familysms", columnNames = {"familyid", "validityto"}))
@NoPrimaryKey
@IdClass(FamilySms.Key.class)
public class FamilySms {

    @Id
    @Column(name = "familyid", nullable = false)
    private Integer familyid;

    @Column(name = "approvalofsms")
    private Boolean approvalofsms;

    @Column(name = "languageofsms", length = 5)
    private String languageofsms;

    @Id
    @Column(name = "validityfrom", nullable = false)
    private OffsetDateTime validityfrom;

    @Column(name = "validityto")
    private OffsetDateTime validityto;

    public Integer getFamilyid() {
        return familyid;
    }

    public void setFamilyid(Integer familyid) {
        this.familyid = familyid;
    }

    public Boolean getApprovalofsms() {
        return approvalofsms;
    }

    public void setApprovalofsms(Boolean approvalofsms) {
        this.approvalofsms = approvalofsms;
    }

    public String getLanguageofsms() {
        return languageofsms;
    }

    public void setLanguageofsms(String languageofsms) {
        this.languageofsms = languageofsms;
    }

    public OffsetDateTime getValidityfrom() {
        return validityfrom;
    }

    public void setValidityfrom(OffsetDateTime validityfrom) {
        this.validityfrom = validityfrom;
    }

    public OffsetDateTime getValidityto() {
        return validityto;
    }

    public void setValidityto(OffsetDateTime validityto) {
        this.validityto = validityto;
    }

    /** The columns that identify a row for JPA (the table itself has no primary key). */
    public record Key(Integer familyid, OffsetDateTime validityfrom) implements java.io.Serializable {
    }
}
