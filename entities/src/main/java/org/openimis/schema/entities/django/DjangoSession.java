package org.openimis.schema.entities.django;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

@Entity
@Comment("A Django web session.")
@Table(name = "django_session",
        indexes = @Index(name = "django_session_expire_date_a5c62663", columnList = "expire_date"))
public class DjangoSession {

    @Id
    @Column(name = "session_key", nullable = false, length = 40)
    private String id;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "session_data", nullable = false)
    private String sessionData;

    @Column(name = "expire_date", nullable = false)
    private OffsetDateTime expireDate;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSessionData() {
        return sessionData;
    }

    public void setSessionData(String sessionData) {
        this.sessionData = sessionData;
    }

    public OffsetDateTime getExpireDate() {
        return expireDate;
    }

    public void setExpireDate(OffsetDateTime expireDate) {
        this.expireDate = expireDate;
    }
}
