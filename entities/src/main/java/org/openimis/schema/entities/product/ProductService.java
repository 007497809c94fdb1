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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.openimis.schema.entities.VersionedRecord;
import org.openimis.schema.entities.medical.Service;

import java.math.BigDecimal;

@Entity
@Comment("A medical service covered by a product, with its limits.")
@Table(name = "tblProductServices",
        indexes = {
                @Index(name = "tblProductServices_ProdID_e48650a8", columnList = "ProdID"),
                @Index(name = "tblProductServices_ServiceID_5e0a03a5", columnList = "ServiceID")})
public class ProductService extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ProdServiceID", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ProdID", nullable = false, foreignKey = @ForeignKey(name = "tblProductServices_ProdID_e48650a8_fk_tblProduct_ProdID"))
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ServiceID", nullable = false, foreignKey = @ForeignKey(name = "tblProductServices_ServiceID_5e0a03a5_fk_tblServices_ServiceID"))
    private Service service;

    @Column(name = "LimitationType", nullable = false, length = 1)
    private String limitationType;

    @Column(name = "PriceOrigin", nullable = false, length = 1)
    private String priceOrigin;

    @Column(name = "LimitAdult", precision = 18, scale = 2)
    private BigDecimal limitAdult;

    @Column(name = "LimitChild", precision = 18, scale = 2)
    private BigDecimal limitChild;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "RowID")
    private String rowId;

    @Column(name = "WaitingPeriodAdult")
    private Integer waitingPeriodAdult;

    @Column(name = "WaitingPeriodChild")
    private Integer waitingPeriodChild;

    @Column(name = "LimitNoAdult")
    private Integer limitNoAdult;

    @Column(name = "LimitNoChild")
    private Integer limitNoChild;

    @Column(name = "LimitationTypeR", length = 1)
    private String limitationTypeR;

    @Column(name = "LimitationTypeE", length = 1)
    private String limitationTypeE;

    @Column(name = "LimitAdultR", precision = 18, scale = 2)
    private BigDecimal limitAdultR;

    @Column(name = "LimitAdultE", precision = 18, scale = 2)
    private BigDecimal limitAdultE;

    @Column(name = "LimitChildR", precision = 18, scale = 2)
    private BigDecimal limitChildR;

    @Column(name = "LimitChildE", precision = 18, scale = 2)
    private BigDecimal limitChildE;

    @Column(name = "CeilingExclusionAdult", length = 1)
    private String ceilingExclusionAdult;

    @Column(name = "CeilingExclusionChild", length = 1)
    private String ceilingExclusionChild;

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

    public Service getService() {
        return service;
    }

    public void setService(Service service) {
        this.service = service;
    }

    public String getLimitationType() {
        return limitationType;
    }

    public void setLimitationType(String limitationType) {
        this.limitationType = limitationType;
    }

    public String getPriceOrigin() {
        return priceOrigin;
    }

    public void setPriceOrigin(String priceOrigin) {
        this.priceOrigin = priceOrigin;
    }

    public BigDecimal getLimitAdult() {
        return limitAdult;
    }

    public void setLimitAdult(BigDecimal limitAdult) {
        this.limitAdult = limitAdult;
    }

    public BigDecimal getLimitChild() {
        return limitChild;
    }

    public void setLimitChild(BigDecimal limitChild) {
        this.limitChild = limitChild;
    }

    public String getRowId() {
        return rowId;
    }

    public void setRowId(String rowId) {
        this.rowId = rowId;
    }

    public Integer getWaitingPeriodAdult() {
        return waitingPeriodAdult;
    }

    public void setWaitingPeriodAdult(Integer waitingPeriodAdult) {
        this.waitingPeriodAdult = waitingPeriodAdult;
    }

    public Integer getWaitingPeriodChild() {
        return waitingPeriodChild;
    }

    public void setWaitingPeriodChild(Integer waitingPeriodChild) {
        this.waitingPeriodChild = waitingPeriodChild;
    }

    public Integer getLimitNoAdult() {
        return limitNoAdult;
    }

    public void setLimitNoAdult(Integer limitNoAdult) {
        this.limitNoAdult = limitNoAdult;
    }

    public Integer getLimitNoChild() {
        return limitNoChild;
    }

    public void setLimitNoChild(Integer limitNoChild) {
        this.limitNoChild = limitNoChild;
    }

    public String getLimitationTypeR() {
        return limitationTypeR;
    }

    public void setLimitationTypeR(String limitationTypeR) {
        this.limitationTypeR = limitationTypeR;
    }

    public String getLimitationTypeE() {
        return limitationTypeE;
    }

    public void setLimitationTypeE(String limitationTypeE) {
        this.limitationTypeE = limitationTypeE;
    }

    public BigDecimal getLimitAdultR() {
        return limitAdultR;
    }

    public void setLimitAdultR(BigDecimal limitAdultR) {
        this.limitAdultR = limitAdultR;
    }

    public BigDecimal getLimitAdultE() {
        return limitAdultE;
    }

    public void setLimitAdultE(BigDecimal limitAdultE) {
        this.limitAdultE = limitAdultE;
    }

    public BigDecimal getLimitChildR() {
        return limitChildR;
    }

    public void setLimitChildR(BigDecimal limitChildR) {
        this.limitChildR = limitChildR;
    }

    public BigDecimal getLimitChildE() {
        return limitChildE;
    }

    public void setLimitChildE(BigDecimal limitChildE) {
        this.limitChildE = limitChildE;
    }

    public String getCeilingExclusionAdult() {
        return ceilingExclusionAdult;
    }

    public void setCeilingExclusionAdult(String ceilingExclusionAdult) {
        this.ceilingExclusionAdult = ceilingExclusionAdult;
    }

    public String getCeilingExclusionChild() {
        return ceilingExclusionChild;
    }

    public void setCeilingExclusionChild(String ceilingExclusionChild) {
        this.ceilingExclusionChild = ceilingExclusionChild;
    }
}
