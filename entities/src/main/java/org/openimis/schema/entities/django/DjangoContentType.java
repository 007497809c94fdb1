package org.openimis.schema.entities.django;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.hibernate.annotations.Comment;

@Entity
@Comment("A Django model known to the content-type framework.")
@Table(name = "django_content_type",
        uniqueConstraints = @UniqueConstraint(name = "django_content_type_app_label_model_76bd3d3b_uniq", columnNames = {"app_label", "model"}))
public class DjangoContentType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", nullable = false)
    private Integer id;

    @Column(name = "app_label", nullable = false, length = 100)
    private String appLabel;

    @Column(name = "model", nullable = false, length = 100)
    private String model;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getAppLabel() {
        return appLabel;
    }

    public void setAppLabel(String appLabel) {
        this.appLabel = appLabel;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }
}
