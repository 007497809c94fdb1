package org.openimis.schema.entities;

import org.hibernate.Session;
import org.openimis.schema.entities.claim.Claim;
import org.openimis.schema.entities.claimbatch.RelativeIndex;
import org.openimis.schema.entities.contribution.Premium;
import org.openimis.schema.entities.core.ModuleConfiguration;
import org.openimis.schema.entities.core.User;
import org.openimis.schema.entities.django.DjangoAdminLog;
import org.openimis.schema.entities.django.DjangoContentType;
import org.openimis.schema.entities.insuree.Family;
import org.openimis.schema.entities.insuree.Insuree;
import org.openimis.schema.entities.location.HealthFacility;
import org.openimis.schema.entities.location.HealthFacilityLegalForm;
import org.openimis.schema.entities.location.Location;
import org.openimis.schema.entities.medical.Diagnosis;
import org.openimis.schema.entities.medical.Item;
import org.openimis.schema.entities.payer.Payer;
import org.openimis.schema.entities.payment.Payment;
import org.openimis.schema.entities.policy.Policy;
import org.openimis.schema.entities.pricelist.ItemsPriceList;
import org.openimis.schema.entities.pricelist.ItemsPriceListDetail;
import org.openimis.schema.entities.product.Product;
import org.openimis.schema.entities.report.ReportDefinition;
import org.openimis.schema.entities.tools.EmailSettings;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One persisted sample entity per module, with its NOT NULL columns and required parents set, and a few optional
 * columns of each Java type the entities use; the parents are persisted too, in the caller's transaction.
 */
final class EntitySamples {

    /** Microsecond precision (timestamp(6)) and an offset other than UTC, to show that the instant is kept. */
    static final OffsetDateTime TIME = OffsetDateTime.of(2024, 3, 15, 10, 30, 45, 123_456_000, ZoneOffset.ofHours(2));
    static final LocalDate DATE = LocalDate.of(2024, 2, 29);

    private EntitySamples() {
    }

    /** Persists the sample of the module (and its parents) and returns it. */
    static Object persist(EntityModule module, Session s) {
        return switch (module) {
            case CORE -> moduleConfiguration(s);
            case LOCATION -> healthFacility(s);
            case MEDICAL -> item(s);
            case PRICELIST -> itemsPriceListDetail(s);
            case INSUREE -> headOfNewFamily(s);
            case POLICY -> policy(s);
            case PRODUCT -> product(s);
            case CONTRIBUTION -> premium(s);
            case PAYER -> payer(s);
            case PAYMENT -> payment(s, true);
            case CLAIM -> claim(s);
            case CLAIMBATCH -> relativeIndex(s);
            case REPORT -> reportDefinition(s);
            case TOOLS -> emailSettings(s, true);
            case DJANGO -> djangoAdminLog(s);
        };
    }

    static ModuleConfiguration moduleConfiguration(Session s) {
        ModuleConfiguration configuration = new ModuleConfiguration();
        configuration.setId(UUID.randomUUID());
        configuration.setModule("insuree");
        configuration.setLayer("be");
        configuration.setVersion("1.2.0");
        configuration.setConfig("{\"note\": \"" + "é".repeat(20_000) + "\"}"); // unbounded text, not varchar(n)
        configuration.setIsExposed(true);
        configuration.setIsDisabledUntil(TIME);
        s.persist(configuration);
        return configuration;
    }

    static Location location(Session s) {
        Location region = new Location();
        region.setLocationUuid(uuid());
        region.setLocationCode("R1");
        region.setLocationName("Region 1");
        region.setLocationType("R");
        region.setValidityFrom(TIME);
        region.setMalePopulation(1200);
        s.persist(region);
        Location district = new Location();
        district.setLocationUuid(uuid());
        district.setLocationCode("D1");
        district.setLocationName("District 1");
        district.setLocationType("D");
        district.setParentLocation(region);
        district.setValidityFrom(TIME);
        s.persist(district);
        return district;
    }

    static HealthFacility healthFacility(Session s) {
        HealthFacilityLegalForm legalForm = s.find(HealthFacilityLegalForm.class, "G");
        if (legalForm == null) {
            legalForm = new HealthFacilityLegalForm();
            legalForm.setId("G");
            legalForm.setLegalForms("Government");
            s.persist(legalForm);
        }
        HealthFacility facility = versioned(new HealthFacility());
        facility.setHfUuid(uuid());
        facility.setHfCode("HF0001");
        facility.setHfName("Central hospital");
        facility.setLegalForm(legalForm);
        facility.setHfLevel("H");
        facility.setLocation(location(s));
        facility.setHfCareType("B");
        facility.setOffLine(false);
        facility.setRowId(bytes("hf-row"));
        s.persist(facility);
        return facility;
    }

    static Item item(Session s) {
        Item item = versioned(new Item());
        item.setItemUuid(uuid());
        item.setItemCode("0001");
        item.setItemName("Paracetamol 500 mg");
        item.setItemType("D");
        item.setQuantity(new BigDecimal("20.00"));
        item.setItemPrice(new BigDecimal("1234567890123456.78")); // numeric(18,2) at full precision
        item.setItemCareType("B");
        item.setItemPatCat((short) 15);
        item.setRowId(new byte[] {0, 1, 2, (byte) 0xff});
        s.persist(item);
        return item;
    }

    static ItemsPriceListDetail itemsPriceListDetail(Session s) {
        ItemsPriceList priceList = versioned(new ItemsPriceList());
        priceList.setPlItemUuid(UUID.randomUUID());
        priceList.setPlItemName("National price list");
        priceList.setDatePl(DATE);
        priceList.setLocation(location(s));
        priceList.setRowId(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 678_901_000));
        s.persist(priceList);
        ItemsPriceListDetail detail = versioned(new ItemsPriceListDetail());
        detail.setItemsPriceList(priceList);
        detail.setItem(item(s));
        detail.setPriceOverule(new BigDecimal("9.99"));
        s.persist(detail);
        return detail;
    }

    /**
     * A family and its head insuree. Each row's foreign key to the other is NOT NULL, so the family is first written
     * with a placeholder head (id 0) and corrected once the insuree exists: the deferred foreign key is checked at commit.
     */
    static Insuree headOfNewFamily(Session s) {
        Family family = versioned(new Family());
        family.setFamilyUuid(uuid());
        family.setInsuree(s.getReference(Insuree.class, 0));
        family.setPoverty(true);
        family.setFamilyAddress("12 Main Street");
        s.persist(family);
        Insuree head = versioned(new Insuree());
        head.setInsureeUuid(uuid());
        head.setFamily(family);
        head.setChfId("070707070");
        head.setLastName("Ngowi");
        head.setOtherNames("Amani");
        head.setDob(LocalDate.of(1980, 12, 31));
        head.setIsHead(true);
        head.setCardIssued(false);
        head.setRowId(bytes("insuree-row"));
        s.persist(head);
        family.setInsuree(head);
        return head;
    }

    static Product product(Session s) {
        Product product = versioned(new Product());
        product.setProdUuid(uuid());
        product.setProductCode("BEN01");
        product.setProductName("Basic benefit");
        product.setInsurancePeriod((short) 12);
        product.setDateFrom(TIME);
        product.setDateTo(TIME.plusYears(5));
        product.setLumpSum(new BigDecimal("10000.00"));
        product.setMemberCount((short) 6);
        product.setGracePeriod(1);
        product.setPremiumAdult(new BigDecimal("25.50"));
        product.setShareContribution(new BigDecimal("100.00")); // numeric(5,2)
        product.setRowId("product-row");
        s.persist(product);
        return product;
    }

    static Policy policy(Session s) {
        Policy policy = versioned(new Policy());
        policy.setPolicyUuid(uuid());
        policy.setFamily(headOfNewFamily(s).getFamily());
        policy.setEnrollDate(DATE);
        policy.setStartDate(DATE.plusDays(1));
        policy.setExpiryDate(DATE.plusYears(1));
        policy.setPolicyStatus((short) 2);
        policy.setPolicyValue(new BigDecimal("150.00"));
        policy.setProduct(product(s));
        policy.setPolicyStage("N");
        policy.setIsOffline(false);
        s.persist(policy);
        return policy;
    }

    static Premium premium(Session s) {
        Premium premium = versioned(new Premium());
        premium.setPremiumUuid(uuid());
        premium.setPolicy(policy(s));
        premium.setPayer(payer(s));
        premium.setAmount(new BigDecimal("150.00"));
        premium.setReceipt("RCPT-1");
        premium.setPayDate(DATE);
        premium.setPayType("C");
        premium.setIsPhotoFee(false);
        premium.setCreatedDate(DATE); // has a column default, but Hibernate writes every column: null would fail
        s.persist(premium);
        return premium;
    }

    static Payer payer(Session s) {
        Payer payer = versioned(new Payer());
        payer.setPayerUuid(uuid());
        payer.setPayerType("G");
        payer.setPayerName("District council");
        payer.setLocation(location(s));
        payer.setEMail("council@example.org");
        s.persist(payer);
        return payer;
    }

    static Payment payment(Session s, Boolean smsRequired) {
        Payment payment = new Payment();
        payment.setPaymentUuid(UUID.randomUUID());
        payment.setExpectedAmount(new BigDecimal("150.00"));
        payment.setReceivedAmount(new BigDecimal("149.99"));
        payment.setRequestDate(TIME);
        payment.setPaymentStatus(1);
        payment.setTransferFee(new BigDecimal("0.01"));
        payment.setSmsRequired(smsRequired);
        payment.setReconciliationDate(LocalDateTime.of(2024, 3, 15, 23, 59, 59));
        s.persist(payment);
        return payment;
    }

    static Claim claim(Session s) {
        Diagnosis diagnosis = versioned(new Diagnosis());
        diagnosis.setIcdCode("A00");
        diagnosis.setIcdName("Cholera");
        s.persist(diagnosis);
        Claim claim = versioned(new Claim());
        claim.setClaimUuid(uuid());
        claim.setInsuree(headOfNewFamily(s));
        claim.setClaimCode("CLM001");
        claim.setDateFrom(DATE);
        claim.setDateTo(DATE.plusDays(2));
        claim.setDiagnosis(diagnosis);
        claim.setClaimStatus((short) 2);
        claim.setClaimed(new BigDecimal("75.25"));
        claim.setDateClaimed(DATE.plusDays(3));
        claim.setFeedback(false);
        claim.setExplanation("Explanation with a quote ' and a newline\nin text");
        claim.setHealthFacility(healthFacility(s));
        claim.setSubmitStamp(TIME);
        s.persist(claim);
        return claim;
    }

    static RelativeIndex relativeIndex(Session s) {
        RelativeIndex index = versioned(new RelativeIndex());
        index.setProduct(product(s));
        index.setRelType((short) 12);
        index.setRelCareType("B");
        index.setRelYear(2024);
        index.setRelPeriod((short) 1);
        index.setCalcDate(TIME);
        index.setRelIndex(new BigDecimal("0.9876")); // numeric(18,4)
        s.persist(index);
        return index;
    }

    static ReportDefinition reportDefinition(Session s) {
        ReportDefinition report = new ReportDefinition();
        report.setId(UUID.randomUUID());
        report.setName("insuree_family_overview");
        report.setEngine(0);
        report.setDefinition("<jasperReport>" + "x".repeat(50_000) + "</jasperReport>");
        report.setValidityFrom(TIME);
        s.persist(report);
        return report;
    }

    static EmailSettings emailSettings(Session s, Boolean enableSsl) {
        EmailSettings settings = new EmailSettings();
        settings.setEmailId("imis-" + UUID.randomUUID() + "@example.org");
        settings.setEmailPassword("secret");
        settings.setSmtpHost("smtp.example.org");
        settings.setPort(587);
        settings.setEnableSsl(enableSsl);
        s.persist(settings);
        return settings;
    }

    static User user(Session s) {
        User user = new User();
        user.setId(UUID.randomUUID());
        user.setUsername("u" + UUID.randomUUID().toString().substring(0, 20));
        s.persist(user);
        return user;
    }

    static DjangoAdminLog djangoAdminLog(Session s) {
        DjangoContentType contentType = new DjangoContentType();
        contentType.setAppLabel("insuree");
        contentType.setModel("insuree" + UUID.randomUUID());
        s.persist(contentType);
        DjangoAdminLog log = new DjangoAdminLog();
        log.setActionTime(TIME);
        log.setObjectId("42");
        log.setObjectRepr("Insuree 42");
        log.setActionFlag((short) 1);
        log.setChangeMessage("[{\"added\": {}}]");
        log.setContentType(contentType);
        log.setUser(user(s));
        s.persist(log);
        return log;
    }

    private static <T extends VersionedRecord> T versioned(T record) {
        record.setValidityFrom(TIME);
        record.setAuditUserId(1);
        return record;
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
