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
import java.time.LocalDateTime;
import java.util.UUID;

@Entity
@Comment("A price list of medical items for a location.")
@Table(name = "tblPLItems",
        uniqueConstraints = @UniqueConstraint(name = "tblPLItems_PLItemUUID_key", columnNames = "PLItemUUID"),
        indexes = @Index(name = "tblPLItems_LocationId_91a6b728", columnList = "LocationId"))
public class ItemsPriceList extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "PLItemID", nullable = false)
    private Integer id;

    @Column(name = "PLItemUUID", nullable = false)
    private UUID plItemUuid;

    @Column(name = "PLItemName", nullable = false, length = 100)
    private String plItemName;

    @Column(name = "DatePL", nullable = false)
    private LocalDate datePl;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "LocationId", foreignKey = @ForeignKey(name = "tblPLItems_LocationId_91a6b728_fk_tblLocations_LocationId"))
    private Location location;

    @Column(name = "RowID")
    private LocalDateTime rowId;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public UUID getPlItemUuid() {
        return plItemUuid;
    }

    public void setPlItemUuid(UUID plItemUuid) {
        this.plItemUuid = plItemUuid;
    }

    public String getPlItemName() {
        return plItemName;
    }

    public void setPlItemName(String plItemName) {
        this.plItemName = plItemName;
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

    public LocalDateTime getRowId() {
        return rowId;
    }

    public void setRowId(LocalDateTime rowId) {
        this.rowId = rowId;
    }
}
