package org.openimis.schema.entities.core;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Comment("A GraphQL mutation received, with its status and errors.")
@Table(name = "core_Mutation_Log",
        indexes = @Index(name = "core_Mutation_Log_user_id_f2b2dc10", columnList = "user_id"))
public class MutationLog {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "json_content", nullable = false)
    private String jsonContent;

    @Column(name = "request_date_time", nullable = false)
    private OffsetDateTime requestDateTime;

    @Column(name = "client_mutation_id", length = 255)
    private String clientMutationId;

    @Column(name = "client_mutation_label", length = 255)
    private String clientMutationLabel;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "client_mutation_details")
    private String clientMutationDetails;

    @Column(name = "status", nullable = false)
    private Integer status;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "error")
    private String error;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", foreignKey = @ForeignKey(name = "core_Mutation_Log_user_id_f2b2dc10_fk_core_User_id"))
    private User user;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getJsonContent() {
        return jsonContent;
    }

    public void setJsonContent(String jsonContent) {
        this.jsonContent = jsonContent;
    }

    public OffsetDateTime getRequestDateTime() {
        return requestDateTime;
    }

    public void setRequestDateTime(OffsetDateTime requestDateTime) {
        this.requestDateTime = requestDateTime;
    }

    public String getClientMutationId() {
        return clientMutationId;
    }

    public void setClientMutationId(String clientMutationId) {
        this.clientMutationId = clientMutationId;
    }

    public String getClientMutationLabel() {
        return clientMutationLabel;
    }

    public void setClientMutationLabel(String clientMutationLabel) {
        this.clientMutationLabel = clientMutationLabel;
    }

    public String getClientMutationDetails() {
        return clientMutationDetails;
    }

    public void setClientMutationDetails(String clientMutationDetails) {
        this.clientMutationDetails = clientMutationDetails;
    }

    public Integer getStatus() {
        return status;
    }

    public void setStatus(Integer status) {
        this.status = status;
    }

    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }

    public User getUser() {
        return user;
    }

    public void setUser(User user) {
        this.user = user;
    }
}
