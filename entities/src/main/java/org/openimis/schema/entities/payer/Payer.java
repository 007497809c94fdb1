package org.openimis.schema.entities.payer;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.openimis.schema.entities.VersionedRecord;
import org.openimis.schema.entities.location.Location;

@Entity
@Comment("A third party that pays contributions.")
@Table(name = "tblPayer",
        uniqueConstraints = @UniqueConstraint(name = "tblPayer_PayerUUID_key", columnNames = "PayerUUID"),
        indexes = @Index(name = "tblPayer_LocationId_240be842", columnList = "LocationId"))
public class Payer extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "PayerID", nullable = false)
    private Integer id;

    @Column(name = "PayerUUID", nullable = false, length = 36)
    private String payerUuid;

    @Column(name = "PayerType", nullable = false, length = 1)
    private String payerType;

    @Column(name = "PayerName", nullable = false, length = 100)
    private String payerName;

    @Column(name = "PayerAddress", length = 100)
    private String payerAddress;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "LocationId", foreignKey = @ForeignKey(name = "tblPayer_LocationId_240be842_fk_tblLocations_LocationId"))
    private Location location;

    @Column(name = "Phone", length = 50)
    private String phone;

    @Column(name = "Fax", length = 50)
    private String fax;

    @Column(name = "eMail", length = 50)
    private String eMail;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "RowID")
    private String rowId;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getPayerUuid() {
        return payerUuid;
    }

    public void setPayerUuid(String payerUuid) {
        this.payerUuid = payerUuid;
    }

    public String getPayerType() {
        return payerType;
    }

    public void setPayerType(String payerType) {
        this.payerType = payerType;
    }

    public String getPayerName() {
        return payerName;
    }

    public void setPayerName(String payerName) {
        this.payerName = payerName;
    }

    public String getPayerAddress() {
        return payerAddress;
    }

    public void setPayerAddress(String payerAddress) {
        this.payerAddress = payerAddress;
    }

    public Location getLocation() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = location;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getFax() {
        return fax;
    }

    public void setFax(String fax) {
        this.fax = fax;
    }

    public String getEMail() {
        return eMail;
    }

    public void setEMail(String eMail) {
        this.eMail = eMail;
    }

    public String getRowId() {
        return rowId;
    }

    public void setRowId(String rowId) {
        this.rowId = rowId;
    }
}
