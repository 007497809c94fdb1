package org.openimis.schema.entities.django;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.hibernate.annotations.Comment;

@Entity
@Comment("A Django permission on a content type.")
@Table(name = "auth_permission",
        uniqueConstraints = @UniqueConstraint(name = "auth_permission_content_type_id_codename_01ab375a_uniq", columnNames = {"content_type_id", "codename"}),
        indexes = @Index(name = "auth_permission_content_type_id_2f476e4b", columnList = "content_type_id"))
public class AuthPermission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", nullable = false)
    private Integer id;

    @Column(name = "name", nullable = false, length = 255)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "content_type_id", nullable = false, foreignKey = @ForeignKey(name = "auth_permission_content_type_id_2f476e4b_fk_django_co"))
    private DjangoContentType contentType;

    @Column(name = "codename", nullable = false, length = 100)
    private String codename;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public DjangoContentType getContentType() {
        return contentType;
    }

    public void setContentType(DjangoContentType contentType) {
        this.contentType = contentType;
    }

    public String getCodename() {
        return codename;
    }

    public void setCodename(String codename) {
        this.codename = codename;
    }
}
