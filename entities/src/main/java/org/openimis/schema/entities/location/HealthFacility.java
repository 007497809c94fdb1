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
import jakarta.persistence.UniqueConstraint;

import org.hibernate.annotations.Comment;

import org.openimis.schema.entities.VersionedRecord;
import org.openimis.schema.entities.pricelist.ItemsPriceList;
import org.openimis.schema.entities.pricelist.ServicesPriceList;

@Entity
@Comment("A health facility (hospital, health centre, dispensary).")
@Table(name = "tblHF",
        uniqueConstraints = @UniqueConstraint(name = "tblHF_HfUUID_key", columnNames = "HfUUID"),
        indexes = {
                @Index(name = "tblHF_HFSublevel_99fb0809", columnList = "HFSublevel"),
                @Index(name = "tblHF_LegalForm_950c70ad", columnList = "LegalForm"),
                @Index(name = "tblHF_LocationId_1b9634eb", columnList = "LocationId"),
                @Index(name = "tblHF_PLItemID_2276bb56", columnList = "PLItemID"),
                @Index(name = "tblHF_PLServiceID_b08acd41", columnList = "PLServiceID")})
public class HealthFacility extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "HfID", nullable = false)
    private Integer id;

    @Column(name = "HfUUID", nullable = false, length = 36)
    private String hfUuid;

    @Column(name = "HFCode", nullable = false, length = 8)
    private String hfCode;

    @Column(name = "HFName", nullable = false, length = 100)
    private String hfName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "LegalForm", nullable = false, foreignKey = @ForeignKey(name = "tblHF_LegalForm_950c70ad_fk_tblLegalForms_LegalFormCode"))
    private HealthFacilityLegalForm legalForm;

    @Column(name = "HFLevel", nullable = false, length = 1)
    private String hfLevel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "HFSublevel", foreignKey = @ForeignKey(name = "tblHF_HFSublevel_99fb0809_fk_tblHFSublevel_HFSublevel"))
    private HealthFacilitySubLevel healthFacilitySubLevel;

    @Column(name = "HFAddress", length = 100)
    private String hfAddress;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "LocationId", nullable = false, foreignKey = @ForeignKey(name = "tblHF_LocationId_1b9634eb_fk_tblLocations_LocationId"))
    private Location location;

    @Column(name = "Phone", length = 50)
    private String phone;

    @Column(name = "Fax", length = 50)
    private String fax;

    @Column(name = "eMail", length = 50)
    private String eMail;

    @Column(name = "HFCareType", nullable = false, length = 1)
    private String hfCareType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PLServiceID", foreignKey = @ForeignKey(name = "tblHF_PLServiceID_b08acd41_fk_tblPLServices_PLServiceID"))
    private ServicesPriceList servicesPriceList;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PLItemID", foreignKey = @ForeignKey(name = "tblHF_PLItemID_2276bb56_fk_tblPLItems_PLItemID"))
    private ItemsPriceList itemsPriceList;

    @Column(name = "AccCode", length = 25)
    private String accCode;

    @Column(name = "OffLine", nullable = false)
    private Boolean offLine;

    @Column(name = "RowID")
    private byte[] rowId;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getHfUuid() {
        return hfUuid;
    }

    public void setHfUuid(String hfUuid) {
        this.hfUuid = hfUuid;
    }

    public String getHfCode() {
        return hfCode;
    }

    public void setHfCode(String hfCode) {
        this.hfCode = hfCode;
    }

    public String getHfName() {
        return hfName;
    }

    public void setHfName(String hfName) {
        this.hfName = hfName;
    }

    public HealthFacilityLegalForm getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(HealthFacilityLegalForm legalForm) {
        this.legalForm = legalForm;
    }

    public String getHfLevel() {
        return hfLevel;
    }

    public void setHfLevel(String hfLevel) {
        this.hfLevel = hfLevel;
    }

    public HealthFacilitySubLevel getHealthFacilitySubLevel() {
        return healthFacilitySubLevel;
    }

    public void setHealthFacilitySubLevel(HealthFacilitySubLevel healthFacilitySubLevel) {
        this.healthFacilitySubLevel = healthFacilitySubLevel;
    }

    public String getHfAddress() {
        return hfAddress;
    }

    public void setHfAddress(String hfAddress) {
        this.hfAddress = hfAddress;
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

    public String getHfCareType() {
        return hfCareType;
    }

    public void setHfCareType(String hfCareType) {
        this.hfCareType = hfCareType;
    }

    public ServicesPriceList getServicesPriceList() {
        return servicesPriceList;
    }

    public void setServicesPriceList(ServicesPriceList servicesPriceList) {
        this.servicesPriceList = servicesPriceList;
    }

    public ItemsPriceList getItemsPriceList() {
        return itemsPriceList;
    }

    public void setItemsPriceList(ItemsPriceList itemsPriceList) {
        this.itemsPriceList = itemsPriceList;
    }

    public String getAccCode() {
        return accCode;
    }

    public void setAccCode(String accCode) {
        this.accCode = accCode;
    }

    public Boolean getOffLine() {
        return offLine;
    }

    public void setOffLine(Boolean offLine) {
        this.offLine = offLine;
    }

    public byte[] getRowId() {
        return rowId;
    }

    public void setRowId(byte[] rowId) {
        this.rowId = rowId;
    }
}
