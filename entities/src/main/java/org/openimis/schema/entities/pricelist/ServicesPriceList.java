package org.openimis.schema.entities.pricelist;

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

import org.openimis.schema.entities.VersionedRecord;
import org.openimis.schema.entities.location.Location;

import java.time.LocalDate;
import java.util.UUID;

@Entity
@Comment("A price list of medical services for a location.")
@Table(name = "tblPLServices",
        uniqueConstraints = @UniqueConstraint(name = "tblPLServices_PLServiceUUID_key", columnNames = "PLServiceUUID"),
        indexes = @Index(name = "tblPLServices_LocationId_b9340268", columnList = "LocationId"))
public class ServicesPriceList extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "PLServiceID", nullable = false)
    private Integer id;

    @Column(name = "PLServiceUUID", nullable = false)
    private UUID plServiceUuid;

    @Column(name = "PLServName", nullable = false, length = 100)
    private String plServName;

    @Column(name = "DatePL", nullable = false)
    private LocalDate datePl;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "LocationId", foreignKey = @ForeignKey(name = "tblPLServices_LocationId_b9340268_fk_tblLocations_LocationId"))
    private Location location;

    @Column(name = "RowID")
    private byte[] rowId;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public UUID getPlServiceUuid() {
        return plServiceUuid;
    }

    public void setPlServiceUuid(UUID plServiceUuid) {
        this.plServiceUuid = plServiceUuid;
    }

    public String getPlServName() {
        return plServName;
    }

    public void setPlServName(String plServName) {
        this.plServName = plServName;
    }

    public LocalDate getDatePl() {
        return datePl;
    }

    public void setDatePl(LocalDate datePl) {
        this.datePl = datePl;
    }

    public Location getLocation() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = location;
    }

    public byte[] getRowId() {
        return rowId;
    }

    public void setRowId(byte[] rowId) {
        this.rowId = rowId;
    }
}
