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
import org.openimis.schema.entities.product.Product;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

@Entity
@Comment("A relative index computed by a batch run.")
@Table(name = "tblRelIndex",
        indexes = {
                @Index(name = "tblRelIndex_LocationId_89e56568", columnList = "LocationId"),
                @Index(name = "tblRelIndex_ProdID_e919e689", columnList = "ProdID")})
public class RelativeIndex extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "RelIndexID", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ProdID", nullable = false, foreignKey = @ForeignKey(name = "tblRelIndex_ProdID_e919e689_fk_tblProduct_ProdID"))
    private Product product;

    @Column(name = "RelType", nullable = false)
    private Short relType;

    @Column(name = "RelCareType", nullable = false, length = 1)
    private String relCareType;

    @Column(name = "RelYear", nullable = false)
    private Integer relYear;

    @Column(name = "RelPeriod", nullable = false)
    private Short relPeriod;

    @Column(name = "CalcDate", nullable = false)
    private OffsetDateTime calcDate;

    @Column(name = "RelIndex", precision = 18, scale = 4)
    private BigDecimal relIndex;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "LocationId", foreignKey = @ForeignKey(name = "tblRelIndex_LocationId_89e56568_fk_tblLocations_LocationId"))
    private Location location;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public Product getProduct() {
        return product;
    }

    public void setProduct(Product product) {
        this.product = product;
    }

    public Short getRelType() {
        return relType;
    }

    public void setRelType(Short relType) {
        this.relType = relType;
    }

    public String getRelCareType() {
        return relCareType;
    }

    public void setRelCareType(String relCareType) {
        this.relCareType = relCareType;
    }

    public Integer getRelYear() {
        return relYear;
    }

    public void setRelYear(Integer relYear) {
        this.relYear = relYear;
    }

    public Short getRelPeriod() {
        return relPeriod;
    }

    public void setRelPeriod(Short relPeriod) {
        this.relPeriod = relPeriod;
    }

    public OffsetDateTime getCalcDate() {
        return calcDate;
    }

    public void setCalcDate(OffsetDateTime calcDate) {
        this.calcDate = calcDate;
    }

    public BigDecimal getRelIndex() {
        return relIndex;
    }

    public void setRelIndex(BigDecimal relIndex) {
        this.relIndex = relIndex;
    }

    public Location getLocation() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = location;
    }
}
