package org.openimis.schema.entities.location;

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
import org.openimis.schema.entities.core.InteractiveUser;

@Entity
@Comment("A district a user may work in.")
@Table(name = "tblUsersDistricts",
        indexes = {
                @Index(name = "tblUsersDistricts_LocationId_99d2bfa9", columnList = "LocationId"),
                @Index(name = "tblUsersDistricts_UserID_fe568ed4", columnList = "UserID")})
public class UserDistrict extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "UserDistrictID", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "UserID", nullable = false, foreignKey = @ForeignKey(name = "tblUsersDistricts_UserID_fe568ed4_fk_tblUsers_UserID"))
    private InteractiveUser interactiveUser;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "LocationId", nullable = false, foreignKey = @ForeignKey(name = "tblUsersDistricts_LocationId_99d2bfa9_fk_tblLocati"))
    private Location location;

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

    public Location getLocation() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = location;
    }
}
