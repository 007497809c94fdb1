package org.openimis.schema.entities.claimbatch;

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

import org.openimis.schema.entities.VersionedRecord;
import org.openimis.schema.entities.location.Location;

import java.time.OffsetDateTime;

@Entity
@Comment("A monthly batch run that values claims.")
@Table(name = "tblBatchRun",
        indexes = @Index(name = "tblBatchRun_LocationId_e8145c5a", columnList = "LocationId"))
public class BatchRun extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "RunID", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "LocationId", foreignKey = @ForeignKey(name = "tblBatchRun_LocationId_e8145c5a_fk_tblLocations_LocationId"))
    private Location location;

    @Column(name = "RunDate", nullable = false)
    private OffsetDateTime runDate;

    @Column(name = "RunYear", nullable = false)
    private Integer runYear;

    @Column(name = "RunMonth", nullable = false)
    private Short runMonth;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public Location getLocation() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = location;
    }

    public OffsetDateTime getRunDate() {
        return runDate;
    }

    public void setRunDate(OffsetDateTime runDate) {
        this.runDate = runDate;
    }

    public Integer getRunYear() {
        return runYear;
    }

    public void setRunYear(Integer runYear) {
        this.runYear = runYear;
    }

    public Short getRunMonth() {
        return runMonth;
    }

    public void setRunMonth(Short runMonth) {
        this.runMonth = runMonth;
    }
}
