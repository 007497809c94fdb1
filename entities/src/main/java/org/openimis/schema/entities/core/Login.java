package org.openimis.schema.entities.core;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;

import java.time.OffsetDateTime;

@Entity
@Comment("A login or logout event of a user.")
@Table(name = "tblLogins")
public class Login {

    @Id
    @Column(name = "LoginId", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "UserId", foreignKey = @ForeignKey(name = "FK_tblLogins_tblUsers"))
    private InteractiveUser interactiveUser;

    @Column(name = "LogTime")
    private OffsetDateTime logTime;

    @Column(name = "LogAction")
    private Integer logAction;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public InteractiveUser getInteractiveUser() {
        return interactiveUser;
    }

    public void setInteractiveUser(InteractiveUser interactiveUser) {
        this.interactiveUser = interactiveUser;
    }

    public OffsetDateTime getLogTime() {
        return logTime;
    }

    public void setLogTime(OffsetDateTime logTime) {
        this.logTime = logTime;
    }

    public Integer getLogAction() {
        return logAction;
    }

    public void setLogAction(Integer logAction) {
        this.logAction = logAction;
    }
}
