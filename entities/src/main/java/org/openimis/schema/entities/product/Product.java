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
import jakarta.persistence.UniqueConstraint;

import org.hibernate.annotations.Comment;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.openimis.schema.entities.VersionedRecord;
import org.openimis.schema.entities.location.Location;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

@Entity
@Comment("An insurance product: its cover, prices, ceilings and deductibles.")
@Table(name = "tblProduct",
        uniqueConstraints = @UniqueConstraint(name = "tblProduct_ProdUUID_key", columnNames = "ProdUUID"),
        indexes = {
                @Index(name = "tblProduct_ConversionProdID_83d83b2f", columnList = "ConversionProdID"),
                @Index(name = "tblProduct_LocationId_7bb534bc", columnList = "LocationId")})
public class Product extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ProdID", nullable = false)
    private Integer id;

    @Column(name = "ProdUUID", nullable = false, length = 36)
    private String prodUuid;

    @Column(name = "ProductCode", nullable = false, length = 8)
    private String productCode;

    @Column(name = "ProductName", nullable = false, length = 100)
    private String productName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "LocationId", foreignKey = @ForeignKey(name = "tblProduct_LocationId_7bb534bc_fk_tblLocations_LocationId"))
    private Location location;

    @Column(name = "InsurancePeriod", nullable = false)
    private Short insurancePeriod;

    @Column(name = "DateFrom", nullable = false)
    private OffsetDateTime dateFrom;

    @Column(name = "DateTo", nullable = false)
    private OffsetDateTime dateTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ConversionProdID", foreignKey = @ForeignKey(name = "tblProduct_ConversionProdID_83d83b2f_fk_tblProduct_ProdID"))
    private Product conversionProd;

    @Column(name = "LumpSum", nullable = false, precision = 18, scale = 2)
    private BigDecimal lumpSum;

    @Column(name = "MemberCount", nullable = false)
    private Short memberCount;

    @Column(name = "PremiumAdult", precision = 18, scale = 2)
    private BigDecimal premiumAdult;

    @Column(name = "PremiumChild", precision = 18, scale = 2)
    private BigDecimal premiumChild;

    @Column(name = "DedInsuree", precision = 18, scale = 2)
    private BigDecimal dedInsuree;

    @Column(name = "DedOPInsuree", precision = 18, scale = 2)
    private BigDecimal dedOpInsuree;

    @Column(name = "DedIPInsuree", precision = 18, scale = 2)
    private BigDecimal dedIpInsuree;

    @Column(name = "MaxInsuree", precision = 18, scale = 2)
    private BigDecimal maxInsuree;

    @Column(name = "MaxOPInsuree", precision = 18, scale = 2)
    private BigDecimal maxOpInsuree;

    @Column(name = "MaxIPInsuree", precision = 18, scale = 2)
    private BigDecimal maxIpInsuree;

    @Column(name = "PeriodRelPrices", length = 1)
    private String periodRelPrices;

    @Column(name = "PeriodRelPricesOP", length = 1)
    private String periodRelPricesOp;

    @Column(name = "PeriodRelPricesIP", length = 1)
    private String periodRelPricesIp;

    @Column(name = "AccCodePremiums", length = 25)
    private String accCodePremiums;

    @Column(name = "AccCodeRemuneration", length = 25)
    private String accCodeRemuneration;

    @Column(name = "DedTreatment", precision = 18, scale = 2)
    private BigDecimal dedTreatment;

    @Column(name = "DedOPTreatment", precision = 18, scale = 2)
    private BigDecimal dedOpTreatment;

    @Column(name = "DedIPTreatment", precision = 18, scale = 2)
    private BigDecimal dedIpTreatment;

    @Column(name = "MaxTreatment", precision = 18, scale = 2)
    private BigDecimal maxTreatment;

    @Column(name = "MaxOPTreatment", precision = 18, scale = 2)
    private BigDecimal maxOpTreatment;

    @Column(name = "MaxIPTreatment", precision = 18, scale = 2)
    private BigDecimal maxIpTreatment;

    @Column(name = "DedPolicy", precision = 18, scale = 2)
    private BigDecimal dedPolicy;

    @Column(name = "DedOPPolicy", precision = 18, scale = 2)
    private BigDecimal dedOpPolicy;

    @Column(name = "DedIPPolicy", precision = 18, scale = 2)
    private BigDecimal dedIpPolicy;

    @Column(name = "MaxPolicy", precision = 18, scale = 2)
    private BigDecimal maxPolicy;

    @Column(name = "MaxOPPolicy", precision = 18, scale = 2)
    private BigDecimal maxOpPolicy;

    @Column(name = "MaxIPPolicy", precision = 18, scale = 2)
    private BigDecimal maxIpPolicy;

    @Column(name = "GracePeriod", nullable = false)
    private Integer gracePeriod;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "RowID")
    private String rowId;

    @Column(name = "RegistrationLumpSum", precision = 18, scale = 2)
    private BigDecimal registrationLumpSum;

    @Column(name = "RegistrationFee", precision = 18, scale = 2)
    private BigDecimal registrationFee;

    @Column(name = "GeneralAssemblyLumpSum", precision = 18, scale = 2)
    private BigDecimal generalAssemblyLumpSum;

    @Column(name = "GeneralAssemblyFee", precision = 18, scale = 2)
    private BigDecimal generalAssemblyFee;

    @Column(name = "StartCycle1", length = 5)
    private String startCycle1;

    @Column(name = "StartCycle2", length = 5)
    private String startCycle2;

    @Column(name = "MaxNoConsultation")
    private Integer maxNoConsultation;

    @Column(name = "MaxNoSurgery")
    private Integer maxNoSurgery;

    @Column(name = "MaxNoDelivery")
    private Integer maxNoDelivery;

    @Column(name = "MaxNoHospitalizaion")
    private Integer maxNoHospitalizaion;

    @Column(name = "MaxNoVisits")
    private Integer maxNoVisits;

    @Column(name = "MaxAmountConsultation", precision = 18, scale = 2)
    private BigDecimal maxAmountConsultation;

    @Column(name = "MaxAmountSurgery", precision = 18, scale = 2)
    private BigDecimal maxAmountSurgery;

    @Column(name = "MaxAmountDelivery", precision = 18, scale = 2)
    private BigDecimal maxAmountDelivery;

    @Column(name = "MaxAmountHospitalization", precision = 18, scale = 2)
    private BigDecimal maxAmountHospitalization;

    @Column(name = "GracePeriodRenewal")
    private Integer gracePeriodRenewal;

    @Column(name = "MaxInstallments")
    private Integer maxInstallments;

    @Column(name = "WaitingPeriod")
    private Integer waitingPeriod;

    @Column(name = "Threshold")
    private Integer threshold;

    @Column(name = "RenewalDiscountPerc")
    private Integer renewalDiscountPerc;

    @Column(name = "RenewalDiscountPeriod")
    private Integer renewalDiscountPeriod;

    @Column(name = "StartCycle3", length = 5)
    private String startCycle3;

    @Column(name = "StartCycle4", length = 5)
    private String startCycle4;

    @Column(name = "AdministrationPeriod")
    private Integer administrationPeriod;

    @Column(name = "MaxPolicyExtraMember", precision = 18, scale = 2)
    private BigDecimal maxPolicyExtraMember;

    @Column(name = "MaxPolicyExtraMemberIP", precision = 18, scale = 2)
    private BigDecimal maxPolicyExtraMemberIp;

    @Column(name = "MaxPolicyExtraMemberOP", precision = 18, scale = 2)
    private BigDecimal maxPolicyExtraMemberOp;

    @Column(name = "MaxCeilingPolicy", precision = 18, scale = 2)
    private BigDecimal maxCeilingPolicy;

    @Column(name = "MaxCeilingPolicyIP", precision = 18, scale = 2)
    private BigDecimal maxCeilingPolicyIp;

    @Column(name = "MaxCeilingPolicyOP", precision = 18, scale = 2)
    private BigDecimal maxCeilingPolicyOp;

    @Column(name = "EnrolmentDiscountPerc")
    private Integer enrolmentDiscountPerc;

    @Column(name = "EnrolmentDiscountPeriod")
    private Integer enrolmentDiscountPeriod;

    @Column(name = "MaxAmountAntenatal", precision = 18, scale = 2)
    private BigDecimal maxAmountAntenatal;

    @Column(name = "MaxNoAntenatal")
    private Integer maxNoAntenatal;

    @Column(name = "CeilingInterpretation", length = 1)
    private String ceilingInterpretation;

    @Column(name = "Level1", length = 1)
    private String level1;

    @Column(name = "Sublevel1", length = 1)
    private String sublevel1;

    @Column(name = "Level2", length = 1)
    private String level2;

    @Column(name = "Sublevel2", length = 1)
    private String sublevel2;

    @Column(name = "Level3", length = 1)
    private String level3;

    @Column(name = "Sublevel3", length = 1)
    private String sublevel3;

    @Column(name = "Level4", length = 1)
    private String level4;

    @Column(name = "Sublevel4", length = 1)
    private String sublevel4;

    @Column(name = "ShareContribution", precision = 5, scale = 2)
    private BigDecimal shareContribution;

    @Column(name = "WeightPopulation", precision = 5, scale = 2)
    private BigDecimal weightPopulation;

    @Column(name = "WeightNumberFamilies", precision = 5, scale = 2)
    private BigDecimal weightNumberFamilies;

    @Column(name = "WeightInsuredPopulation", precision = 5, scale = 2)
    private BigDecimal weightInsuredPopulation;

    @Column(name = "WeightNumberInsuredFamilies", precision = 5, scale = 2)
    private BigDecimal weightNumberInsuredFamilies;

    @Column(name = "WeightNumberVisits", precision = 5, scale = 2)
    private BigDecimal weightNumberVisits;

    @Column(name = "WeightAdjustedAmount", precision = 5, scale = 2)
    private BigDecimal weightAdjustedAmount;

    @Column(name = "Recurrence")
    private Short recurrence;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getProdUuid() {
        return prodUuid;
    }

    public void setProdUuid(String prodUuid) {
        this.prodUuid = prodUuid;
    }

    public String getProductCode() {
        return productCode;
    }

    public void setProductCode(String productCode) {
        this.productCode = productCode;
    }

    public String getProductName() {
        return productName;
    }

    public void setProductName(String productName) {
        this.productName = productName;
    }

    public Location getLocation() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = location;
    }

    public Short getInsurancePeriod() {
        return insurancePeriod;
    }

    public void setInsurancePeriod(Short insurancePeriod) {
        this.insurancePeriod = insurancePeriod;
    }

    public OffsetDateTime getDateFrom() {
        return dateFrom;
    }

    public void setDateFrom(OffsetDateTime dateFrom) {
        this.dateFrom = dateFrom;
    }

    public OffsetDateTime getDateTo() {
        return dateTo;
    }

    public void setDateTo(OffsetDateTime dateTo) {
        this.dateTo = dateTo;
    }

    public Product getConversionProd() {
        return conversionProd;
    }

    public void setConversionProd(Product conversionProd) {
        this.conversionProd = conversionProd;
    }

    public BigDecimal getLumpSum() {
        return lumpSum;
    }

    public void setLumpSum(BigDecimal lumpSum) {
        this.lumpSum = lumpSum;
    }

    public Short getMemberCount() {
        return memberCount;
    }

    public void setMemberCount(Short memberCount) {
        this.memberCount = memberCount;
    }

    public BigDecimal getPremiumAdult() {
        return premiumAdult;
    }

    public void setPremiumAdult(BigDecimal premiumAdult) {
        this.premiumAdult = premiumAdult;
    }

    public BigDecimal getPremiumChild() {
        return premiumChild;
    }

    public void setPremiumChild(BigDecimal premiumChild) {
        this.premiumChild = premiumChild;
    }

    public BigDecimal getDedInsuree() {
        return dedInsuree;
    }

    public void setDedInsuree(BigDecimal dedInsuree) {
        this.dedInsuree = dedInsuree;
    }

    public BigDecimal getDedOpInsuree() {
        return dedOpInsuree;
    }

    public void setDedOpInsuree(BigDecimal dedOpInsuree) {
        this.dedOpInsuree = dedOpInsuree;
    }

    public BigDecimal getDedIpInsuree() {
        return dedIpInsuree;
    }

    public void setDedIpInsuree(BigDecimal dedIpInsuree) {
        this.dedIpInsuree = dedIpInsuree;
    }

    public BigDecimal getMaxInsuree() {
        return maxInsuree;
    }

    public void setMaxInsuree(BigDecimal maxInsuree) {
        this.maxInsuree = maxInsuree;
    }

    public BigDecimal getMaxOpInsuree() {
        return maxOpInsuree;
    }

    public void setMaxOpInsuree(BigDecimal maxOpInsuree) {
        this.maxOpInsuree = maxOpInsuree;
    }

    public BigDecimal getMaxIpInsuree() {
        return maxIpInsuree;
    }

    public void setMaxIpInsuree(BigDecimal maxIpInsuree) {
        this.maxIpInsuree = maxIpInsuree;
    }

    public String getPeriodRelPrices() {
        return periodRelPrices;
    }

    public void setPeriodRelPrices(String periodRelPrices) {
        this.periodRelPrices = periodRelPrices;
    }

    public String getPeriodRelPricesOp() {
        return periodRelPricesOp;
    }

    public void setPeriodRelPricesOp(String periodRelPricesOp) {
        this.periodRelPricesOp = periodRelPricesOp;
    }

    public String getPeriodRelPricesIp() {
        return periodRelPricesIp;
    }

    public void setPeriodRelPricesIp(String periodRelPricesIp) {
        this.periodRelPricesIp = periodRelPricesIp;
    }

    public String getAccCodePremiums() {
        return accCodePremiums;
    }

    public void setAccCodePremiums(String accCodePremiums) {
        this.accCodePremiums = accCodePremiums;
    }

    public String getAccCodeRemuneration() {
        return accCodeRemuneration;
    }

    public void setAccCodeRemuneration(String accCodeRemuneration) {
        this.accCodeRemuneration = accCodeRemuneration;
    }

    public BigDecimal getDedTreatment() {
        return dedTreatment;
    }

    public void setDedTreatment(BigDecimal dedTreatment) {
        this.dedTreatment = dedTreatment;
    }

    public BigDecimal getDedOpTreatment() {
        return dedOpTreatment;
    }

    public void setDedOpTreatment(BigDecimal dedOpTreatment) {
        this.dedOpTreatment = dedOpTreatment;
    }

    public BigDecimal getDedIpTreatment() {
        return dedIpTreatment;
    }

    public void setDedIpTreatment(BigDecimal dedIpTreatment) {
        this.dedIpTreatment = dedIpTreatment;
    }

    public BigDecimal getMaxTreatment() {
        return maxTreatment;
    }

    public void setMaxTreatment(BigDecimal maxTreatment) {
        this.maxTreatment = maxTreatment;
    }

    public BigDecimal getMaxOpTreatment() {
        return maxOpTreatment;
    }

    public void setMaxOpTreatment(BigDecimal maxOpTreatment) {
        this.maxOpTreatment = maxOpTreatment;
    }

    public BigDecimal getMaxIpTreatment() {
        return maxIpTreatment;
    }

    public void setMaxIpTreatment(BigDecimal maxIpTreatment) {
        this.maxIpTreatment = maxIpTreatment;
    }

    public BigDecimal getDedPolicy() {
        return dedPolicy;
    }

    public void setDedPolicy(BigDecimal dedPolicy) {
        this.dedPolicy = dedPolicy;
    }

    public BigDecimal getDedOpPolicy() {
        return dedOpPolicy;
    }

    public void setDedOpPolicy(BigDecimal dedOpPolicy) {
        this.dedOpPolicy = dedOpPolicy;
    }

    public BigDecimal getDedIpPolicy() {
        return dedIpPolicy;
    }

    public void setDedIpPolicy(BigDecimal dedIpPolicy) {
        this.dedIpPolicy = dedIpPolicy;
    }

    public BigDecimal getMaxPolicy() {
        return maxPolicy;
    }

    public void setMaxPolicy(BigDecimal maxPolicy) {
        this.maxPolicy = maxPolicy;
    }

    public BigDecimal getMaxOpPolicy() {
        return maxOpPolicy;
    }

    public void setMaxOpPolicy(BigDecimal maxOpPolicy) {
        this.maxOpPolicy = maxOpPolicy;
    }

    public BigDecimal getMaxIpPolicy() {
        return maxIpPolicy;
    }

    public void setMaxIpPolicy(BigDecimal maxIpPolicy) {
        this.maxIpPolicy = maxIpPolicy;
    }

    public Integer getGracePeriod() {
        return gracePeriod;
    }

    public void setGracePeriod(Integer gracePeriod) {
        this.gracePeriod = gracePeriod;
    }

    public String getRowId() {
        return rowId;
    }

    public void setRowId(String rowId) {
        this.rowId = rowId;
    }

    public BigDecimal getRegistrationLumpSum() {
        return registrationLumpSum;
    }

    public void setRegistrationLumpSum(BigDecimal registrationLumpSum) {
        this.registrationLumpSum = registrationLumpSum;
    }

    public BigDecimal getRegistrationFee() {
        return registrationFee;
    }

    public void setRegistrationFee(BigDecimal registrationFee) {
        this.registrationFee = registrationFee;
    }

    public BigDecimal getGeneralAssemblyLumpSum() {
        return generalAssemblyLumpSum;
    }

    public void setGeneralAssemblyLumpSum(BigDecimal generalAssemblyLumpSum) {
        this.generalAssemblyLumpSum = generalAssemblyLumpSum;
    }

    public BigDecimal getGeneralAssemblyFee() {
        return generalAssemblyFee;
    }

    public void setGeneralAssemblyFee(BigDecimal generalAssemblyFee) {
        this.generalAssemblyFee = generalAssemblyFee;
    }

    public String getStartCycle1() {
        return startCycle1;
    }

    public void setStartCycle1(String startCycle1) {
        this.startCycle1 = startCycle1;
    }

    public String getStartCycle2() {
        return startCycle2;
    }

    public void setStartCycle2(String startCycle2) {
        this.startCycle2 = startCycle2;
    }

    public Integer getMaxNoConsultation() {
        return maxNoConsultation;
    }

    public void setMaxNoConsultation(Integer maxNoConsultation) {
        this.maxNoConsultation = maxNoConsultation;
    }

    public Integer getMaxNoSurgery() {
        return maxNoSurgery;
    }

    public void setMaxNoSurgery(Integer maxNoSurgery) {
        this.maxNoSurgery = maxNoSurgery;
    }

    public Integer getMaxNoDelivery() {
        return maxNoDelivery;
    }

    public void setMaxNoDelivery(Integer maxNoDelivery) {
        this.maxNoDelivery = maxNoDelivery;
    }

    public Integer getMaxNoHospitalizaion() {
        return maxNoHospitalizaion;
    }

    public void setMaxNoHospitalizaion(Integer maxNoHospitalizaion) {
        this.maxNoHospitalizaion = maxNoHospitalizaion;
    }

    public Integer getMaxNoVisits() {
        return maxNoVisits;
    }

    public void setMaxNoVisits(Integer maxNoVisits) {
        this.maxNoVisits = maxNoVisits;
    }

    public BigDecimal getMaxAmountConsultation() {
        return maxAmountConsultation;
    }

    public void setMaxAmountConsultation(BigDecimal maxAmountConsultation) {
        this.maxAmountConsultation = maxAmountConsultation;
    }

    public BigDecimal getMaxAmountSurgery() {
        return maxAmountSurgery;
    }

    public void setMaxAmountSurgery(BigDecimal maxAmountSurgery) {
        this.maxAmountSurgery = maxAmountSurgery;
    }

    public BigDecimal getMaxAmountDelivery() {
        return maxAmountDelivery;
    }

    public void setMaxAmountDelivery(BigDecimal maxAmountDelivery) {
        this.maxAmountDelivery = maxAmountDelivery;
    }

    public BigDecimal getMaxAmountHospitalization() {
        return maxAmountHospitalization;
    }

    public void setMaxAmountHospitalization(BigDecimal maxAmountHospitalization) {
        this.maxAmountHospitalization = maxAmountHospitalization;
    }

    public Integer getGracePeriodRenewal() {
        return gracePeriodRenewal;
    }

    public void setGracePeriodRenewal(Integer gracePeriodRenewal) {
        this.gracePeriodRenewal = gracePeriodRenewal;
    }

    public Integer getMaxInstallments() {
        return maxInstallments;
    }

    public void setMaxInstallments(Integer maxInstallments) {
        this.maxInstallments = maxInstallments;
    }

    public Integer getWaitingPeriod() {
        return waitingPeriod;
    }

    public void setWaitingPeriod(Integer waitingPeriod) {
        this.waitingPeriod = waitingPeriod;
    }

    public Integer getThreshold() {
        return threshold;
    }

    public void setThreshold(Integer threshold) {
        this.threshold = threshold;
    }

    public Integer getRenewalDiscountPerc() {
        return renewalDiscountPerc;
    }

    public void setRenewalDiscountPerc(Integer renewalDiscountPerc) {
        this.renewalDiscountPerc = renewalDiscountPerc;
    }

    public Integer getRenewalDiscountPeriod() {
        return renewalDiscountPeriod;
    }

    public void setRenewalDiscountPeriod(Integer renewalDiscountPeriod) {
        this.renewalDiscountPeriod = renewalDiscountPeriod;
    }

    public String getStartCycle3() {
        return startCycle3;
    }

    public void setStartCycle3(String startCycle3) {
        this.startCycle3 = startCycle3;
    }

    public String getStartCycle4() {
        return startCycle4;
    }

    public void setStartCycle4(String startCycle4) {
        this.startCycle4 = startCycle4;
    }

    public Integer getAdministrationPeriod() {
        return administrationPeriod;
    }

    public void setAdministrationPeriod(Integer administrationPeriod) {
        this.administrationPeriod = administrationPeriod;
    }

    public BigDecimal getMaxPolicyExtraMember() {
        return maxPolicyExtraMember;
    }

    public void setMaxPolicyExtraMember(BigDecimal maxPolicyExtraMember) {
        this.maxPolicyExtraMember = maxPolicyExtraMember;
    }

    public BigDecimal getMaxPolicyExtraMemberIp() {
        return maxPolicyExtraMemberIp;
    }

    public void setMaxPolicyExtraMemberIp(BigDecimal maxPolicyExtraMemberIp) {
        this.maxPolicyExtraMemberIp = maxPolicyExtraMemberIp;
    }

    public BigDecimal getMaxPolicyExtraMemberOp() {
        return maxPolicyExtraMemberOp;
    }

    public void setMaxPolicyExtraMemberOp(BigDecimal maxPolicyExtraMemberOp) {
        this.maxPolicyExtraMemberOp = maxPolicyExtraMemberOp;
    }

    public BigDecimal getMaxCeilingPolicy() {
        return maxCeilingPolicy;
    }

    public void setMaxCeilingPolicy(BigDecimal maxCeilingPolicy) {
        this.maxCeilingPolicy = maxCeilingPolicy;
    }

    public BigDecimal getMaxCeilingPolicyIp() {
        return maxCeilingPolicyIp;
    }

    public void setMaxCeilingPolicyIp(BigDecimal maxCeilingPolicyIp) {
        this.maxCeilingPolicyIp = maxCeilingPolicyIp;
    }

    public BigDecimal getMaxCeilingPolicyOp() {
        return maxCeilingPolicyOp;
    }

    public void setMaxCeilingPolicyOp(BigDecimal maxCeilingPolicyOp) {
        this.maxCeilingPolicyOp = maxCeilingPolicyOp;
    }

    public Integer getEnrolmentDiscountPerc() {
        return enrolmentDiscountPerc;
    }

    public void setEnrolmentDiscountPerc(Integer enrolmentDiscountPerc) {
        this.enrolmentDiscountPerc = enrolmentDiscountPerc;
    }

    public Integer getEnrolmentDiscountPeriod() {
        return enrolmentDiscountPeriod;
    }

    public void setEnrolmentDiscountPeriod(Integer enrolmentDiscountPeriod) {
        this.enrolmentDiscountPeriod = enrolmentDiscountPeriod;
    }

    public BigDecimal getMaxAmountAntenatal() {
        return maxAmountAntenatal;
    }

    public void setMaxAmountAntenatal(BigDecimal maxAmountAntenatal) {
        this.maxAmountAntenatal = maxAmountAntenatal;
    }

    public Integer getMaxNoAntenatal() {
        return maxNoAntenatal;
    }

    public void setMaxNoAntenatal(Integer maxNoAntenatal) {
        this.maxNoAntenatal = maxNoAntenatal;
    }

    public String getCeilingInterpretation() {
        return ceilingInterpretation;
    }

    public void setCeilingInterpretation(String ceilingInterpretation) {
        this.ceilingInterpretation = ceilingInterpretation;
    }

    public String getLevel1() {
        return level1;
    }

    public void setLevel1(String level1) {
        this.level1 = level1;
    }

    public String getSublevel1() {
        return sublevel1;
    }

    public void setSublevel1(String sublevel1) {
        this.sublevel1 = sublevel1;
    }

    public String getLevel2() {
        return level2;
    }

    public void setLevel2(String level2) {
        this.level2 = level2;
    }

    public String getSublevel2() {
        return sublevel2;
    }

    public void setSublevel2(String sublevel2) {
        this.sublevel2 = sublevel2;
    }

    public String getLevel3() {
        return level3;
    }

    public void setLevel3(String level3) {
        this.level3 = level3;
    }

    public String getSublevel3() {
        return sublevel3;
    }

    public void setSublevel3(String sublevel3) {
        this.sublevel3 = sublevel3;
    }

    public String getLevel4() {
        return level4;
    }

    public void setLevel4(String level4) {
        this.level4 = level4;
    }

    public String getSublevel4() {
        return sublevel4;
    }

    public void setSublevel4(String sublevel4) {
        this.sublevel4 = sublevel4;
    }

    public BigDecimal getShareContribution() {
        return shareContribution;
    }

    public void setShareContribution(BigDecimal shareContribution) {
        this.shareContribution = shareContribution;
    }

    public BigDecimal getWeightPopulation() {
        return weightPopulation;
    }

    public void setWeightPopulation(BigDecimal weightPopulation) {
        this.weightPopulation = weightPopulation;
    }

    public BigDecimal getWeightNumberFamilies() {
        return weightNumberFamilies;
    }

    public void setWeightNumberFamilies(BigDecimal weightNumberFamilies) {
        this.weightNumberFamilies = weightNumberFamilies;
    }

    public BigDecimal getWeightInsuredPopulation() {
        return weightInsuredPopulation;
    }

    public void setWeightInsuredPopulation(BigDecimal weightInsuredPopulation) {
        this.weightInsuredPopulation = weightInsuredPopulation;
    }

    public BigDecimal getWeightNumberInsuredFamilies() {
        return weightNumberInsuredFamilies;
    }

    public void setWeightNumberInsuredFamilies(BigDecimal weightNumberInsuredFamilies) {
        this.weightNumberInsuredFamilies = weightNumberInsuredFamilies;
    }

    public BigDecimal getWeightNumberVisits() {
        return weightNumberVisits;
    }

    public void setWeightNumberVisits(BigDecimal weightNumberVisits) {
        this.weightNumberVisits = weightNumberVisits;
    }

    public BigDecimal getWeightAdjustedAmount() {
        return weightAdjustedAmount;
    }

    public void setWeightAdjustedAmount(BigDecimal weightAdjustedAmount) {
        this.weightAdjustedAmount = weightAdjustedAmount;
    }

    public Short getRecurrence() {
        return recurrence;
    }

    public void setRecurrence(Short recurrence) {
        this.recurrence = recurrence;
    }
}
