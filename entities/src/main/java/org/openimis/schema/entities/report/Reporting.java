package org.openimis.schema.entities.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Comment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

@Entity
@Comment("A report produced for a period, kept for reference.")
@Table(name = "tblReporting")
public class Reporting {

    @Id
    @Column(name = "ReportingId", nullable = false)
    private Integer id;

    @Column(name = "ReportingDate", nullable = false)
    private OffsetDateTime reportingDate;

    @Column(name = "LocationId", nullable = false)
    private Integer locationId;

    @Column(name = "ProdId", nullable = false)
    private Integer prodId;

    @Column(name = "PayerId")
    private Integer payerId;

    @Column(name = "StartDate", nullable = false)
    private LocalDate startDate;

    @Column(name = "EndDate", nullable = false)
    private LocalDate endDate;

    @Column(name = "RecordFound", nullable = false)
    private Integer recordFound;

    @Column(name = "OfficerID")
    private Integer officerId;

    @Column(name = "ReportType")
    private Integer reportType;

    @Column(name = "CommissionRate", precision = 18, scale = 2)
    private BigDecimal commissionRate;

    @Column(name = "ReportMode")
    private Integer reportMode;

    @Column(name = "Scope")
    private Integer scope;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public OffsetDateTime getReportingDate() {
        return reportingDate;
    }

    public void setReportingDate(OffsetDateTime reportingDate) {
        this.reportingDate = reportingDate;
    }

    public Integer getLocationId() {
        return locationId;
    }

    public void setLocationId(Integer locationId) {
        this.locationId = locationId;
    }

    public Integer getProdId() {
        return prodId;
    }

    public void setProdId(Integer prodId) {
        this.prodId = prodId;
    }

    public Integer getPayerId() {
        return payerId;
    }

    public void setPayerId(Integer payerId) {
        this.payerId = payerId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Integer getRecordFound() {
        return recordFound;
    }

    public void setRecordFound(Integer recordFound) {
        this.recordFound = recordFound;
    }

    public Integer getOfficerId() {
        return officerId;
    }

    public void setOfficerId(Integer officerId) {
        this.officerId = officerId;
    }

    public Integer getReportType() {
        return reportType;
    }

    public void setReportType(Integer reportType) {
        this.reportType = reportType;
    }

    public BigDecimal getCommissionRate() {
        return commissionRate;
    }

    public void setCommissionRate(BigDecimal commissionRate) {
        this.commissionRate = commissionRate;
    }

    public Integer getReportMode() {
        return reportMode;
    }

    public void setReportMode(Integer reportMode) {
        this.reportMode = reportMode;
    }

    public Integer getScope() {
        return scope;
    }

    public void setScope(Integer scope) {
        this.scope = scope;
    }
}
