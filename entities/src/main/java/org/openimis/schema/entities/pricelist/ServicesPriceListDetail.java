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

import org.hibernate.annotations.Comment;

import org.openimis.schema.entities.VersionedRecord;
import org.openimis.schema.entities.medical.Service;

import java.math.BigDecimal;

@Entity
@Comment("A service on a services price list, with an optional price override.")
@Table(name = "tblPLServicesDetail",
        indexes = @Index(name = "tblPLServicesDetail_ServiceID_884bbf6b", columnList = "ServiceID"))
public class ServicesPriceListDetail extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "PLServiceDetailID", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PLServiceID", nullable = false, foreignKey = @ForeignKey(name = "tblPLServicesDetail_PLServiceID_53e7d206_fk_tblPLServ"))
    private ServicesPriceList servicesPriceList;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ServiceID", nullable = false, foreignKey = @ForeignKey(name = "tblPLServicesDetail_ServiceID_884bbf6b_fk_tblServices_ServiceID"))
    private Service service;

    @Column(name = "PriceOverule", precision = 18, scale = 2)
    private BigDecimal priceOverule;

    @Column(name = "RowID")
    private byte[] rowId;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public ServicesPriceList getServicesPriceList() {
        return servicesPriceList;
    }

    public void setServicesPriceList(ServicesPriceList servicesPriceList) {
        this.servicesPriceList = servicesPriceList;
    }

    public Service getService() {
        return service;
    }

    public void setService(Service service) {
        this.service = service;
    }

    public BigDecimal getPriceOverule() {
        return priceOverule;
    }

    public void setPriceOverule(BigDecimal priceOverule) {
        this.priceOverule = priceOverule;
    }

    public byte[] getRowId() {
        return rowId;
    }

    public void setRowId(byte[] rowId) {
        this.rowId = rowId;
    }
}
