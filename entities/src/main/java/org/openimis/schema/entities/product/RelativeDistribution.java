package org.openimis.schema.entities.product;

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

import java.math.BigDecimal;
import java.time.LocalDateTime;

@Entity
@Comment("A period's share of a product's relative-price distribution.")
@Table(name = "tblRelDistr",
        indexes = @Index(name = "tblRelDistr_ProdID_32d46a14", columnList = "ProdID"))
public class RelativeDistribution extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "DistrID", nullable = false)
    private Integer id;

    @Column(name = "DistrType", nullable = false)
    private Short distrType;

    @Column(name = "DistrCareType", nullable = false, length = 1)
    private String distrCareType;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ProdID", nullable = false, foreignKey = @ForeignKey(name = "tblRelDistr_ProdID_32d46a14_fk_tblProduct_ProdID"))
    private Product product;

    @Column(name = "Period", nullable = false)
    private Short period;

    @Column(name = "DistrPerc", precision = 18, scale = 2)
    private BigDecimal distrPerc;

    @Column(name = "RowID")
    private LocalDateTime rowId;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public Short getDistrType() {
        return distrType;
    }

    public void setDistrType(Short distrType) {
        this.distrType = distrType;
    }

    public String getDistrCareType() {
        return distrCareType;
    }

    public void setDistrCareType(String distrCareType) {
        this.distrCareType = distrCareType;
    }

    public Product getProduct() {
        return product;
    }

    public void setProduct(Product product) {
        this.product = product;
    }

    public Short getPeriod() {
        return period;
    }

    public void setPeriod(Short period) {
        this.period = period;
    }

    public BigDecimal getDistrPerc() {
        return distrPerc;
    }

    public void setDistrPerc(BigDecimal distrPerc) {
        this.distrPerc = distrPerc;
    }

    public LocalDateTime getRowId() {
        return rowId;
    }

    public void setRowId(LocalDateTime rowId) {
        this.rowId = rowId;
    }
}
