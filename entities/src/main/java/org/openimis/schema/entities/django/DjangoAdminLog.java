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

import org.hibernate.annotations.Comment;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.openimis.schema.entities.core.User;

import java.time.OffsetDateTime;

@Entity
@Comment("An entry of the Django admin's change log.")
@Table(name = "django_admin_log",
        indexes = {
                @Index(name = "django_admin_log_content_type_id_c4bce8eb", columnList = "content_type_id"),
                @Index(name = "django_admin_log_user_id_c564eba6", columnList = "user_id")})
@Check(name = "django_admin_log_action_flag_check", constraints = "\"action_flag\" >= 0")
public class DjangoAdminLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", nullable = false)
    private Integer id;

    @Column(name = "action_time", nullable = false)
    private OffsetDateTime actionTime;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "object_id")
    private String objectId;

    @Column(name = "object_repr", nullable = false, length = 200)
    private String objectRepr;

    @Column(name = "action_flag", nullable = false)
    private Short actionFlag;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "change_message", nullable = false)
    private String changeMessage;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "content_type_id", foreignKey = @ForeignKey(name = "django_admin_log_content_type_id_c4bce8eb_fk_django_co"))
    private DjangoContentType contentType;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, foreignKey = @ForeignKey(name = "django_admin_log_user_id_c564eba6_fk_core_User_id"))
    private User user;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public OffsetDateTime getActionTime() {
        return actionTime;
    }

    public void setActionTime(OffsetDateTime actionTime) {
        this.actionTime = actionTime;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    public String getObjectRepr() {
        return objectRepr;
    }

    public void setObjectRepr(String objectRepr) {
        this.objectRepr = objectRepr;
    }

    public Short getActionFlag() {
        return actionFlag;
    }

    public void setActionFlag(Short actionFlag) {
        this.actionFlag = actionFlag;
    }

    public String getChangeMessage() {
        return changeMessage;
    }

    public void setChangeMessage(String changeMessage) {
        this.changeMessage = changeMessage;
    }

    public DjangoContentType getContentType() {
        return contentType;
    }

    public void setContentType(DjangoContentType contentType) {
        this.contentType = contentType;
    }

    public User getUser() {
        return user;
    }

    public void setUser(User user) {
        this.user = user;
    }
}
