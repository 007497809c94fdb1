package org.openimis.schema.examples.springboot;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.entities.claim.ClaimItem;
import org.openimis.schema.entities.claim.ClaimService;
import org.openimis.schema.entities.insuree.Insuree;
import org.openimis.schema.entities.insuree.Insuree_;
import org.openimis.schema.entities.policy.Policy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openimis.schema.examples.springboot.InsureeSpecifications.chfIdIs;
import static org.openimis.schema.examples.springboot.InsureeSpecifications.current;

/**
 * The queries a backend runs, through the application's repositories, on a database built from the complete schema
 * script (see test-data.sql for the rows). Hibernate's statistics count the SQL statements each one sends.
 */
@SpringBootTest(properties = {
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn",
        "logging.level.io.zonky.test.db.postgres=warn"})
@Transactional
class OpenImisRepositoriesTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", OpenImisTestDatabase::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @Autowired
    private EntityManagerFactory entityManagerFactory;
    @Autowired
    private InsureeRepository insurees;
    @Autowired
    private PolicyRepository policies;
    @Autowired
    private HealthFacilityClaims healthFacilityClaims;

    private Statistics statistics;

    @BeforeEach
    void countStatements() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
    }

    @Test
    void thePersistenceUnitHoldsExactlyTheRegistrysEntities() {
        List<String> managed = entityManagerFactory.getMetamodel().getEntities().stream()
                .map(type -> type.getJavaType().getName()).sorted().toList();
        assertEquals(OpenImisEntities.all().stream().map(Class::getName).sorted().toList(), managed);
    }

    @Test
    void findsTheCurrentInsureeByChfIdWithItsFamilyInOneStatement() {
        Insuree insuree = insurees.findByChfIdAndValidityToIsNull("100000001").orElseThrow();

        assertEquals(1, insuree.getId(), "the current row, not the old version 7 with the same CHFID");
        assertEquals("Mwangi", insuree.getLastName());
        assertTrue(Hibernate.isInitialized(insuree.getFamily()));
        assertEquals("Plot 12, Lake Road", insuree.getFamily().getFamilyAddress());
        assertEquals(1, statistics.getPrepareStatementCount());
    }

    @Test
    void lazyAssociationsAreLoadedOnlyWhenRead() {
        Insuree insuree = insurees.findById(2).orElseThrow();
        assertEquals(1, statistics.getPrepareStatementCount());

        assertFalse(Hibernate.isInitialized(insuree.getFamily()));
        assertEquals(1, insuree.getFamily().getId(), "the foreign key is known without loading the family");
        assertEquals(1, statistics.getPrepareStatementCount());

        assertEquals("Plot 12, Lake Road", insuree.getFamily().getFamilyAddress());
        assertEquals(2, statistics.getPrepareStatementCount());
        assertFalse(Hibernate.isInitialized(insuree.getFamily().getInsuree()), "the family's head stays a proxy");
    }

    @Test
    void listsTheActivePoliciesOfAFamilyWithTheirProducts() {
        List<Policy> active = policies.findActiveOfFamily(1);

        // policy 2 is expired, 3 is an old version of 1, 6 is idle
        assertEquals(List.of(1, 5), active.stream().map(Policy::getId).toList());
        assertEquals(List.of("BASIC", "DENTAL"), active.stream().map(p -> p.getProduct().getProductCode()).toList());
        assertEquals(1, statistics.getPrepareStatementCount());
    }

    @Test
    void listsTheClaimsOfAHealthFacilityWithItemsAndServicesInThreeStatements() {
        List<HealthFacilityClaims.ClaimWithLines> claims = healthFacilityClaims.of(1);

        // claim 3 is of the other facility, claim 4 an old version of claim 1; newest claim first
        assertEquals(List.of("C0002", "C0001"), claims.stream().map(c -> c.claim().getClaimCode()).toList());
        assertEquals("Otieno", claims.get(0).claim().getInsuree().getLastName());
        assertEquals(List.of("ALU"), itemCodes(claims.get(0).items()));
        assertEquals(List.of(), serviceCodes(claims.get(0).services()));
        assertEquals(List.of("ALU", "PCM"), itemCodes(claims.get(1).items()), "item line 3 is an old version");
        assertEquals(List.of("OPD", "MRDT"), serviceCodes(claims.get(1).services()));
        assertEquals(3, statistics.getPrepareStatementCount());
    }

    @Test
    void pagesThroughTheCurrentInsureesSortedByName() {
        Sort byName = Sort.by(Insuree_.LAST_NAME, Insuree_.OTHER_NAMES);

        Page<Insuree> first = insurees.findByValidityToIsNull(PageRequest.of(0, 4, byName));
        Page<Insuree> second = insurees.findByValidityToIsNull(PageRequest.of(1, 4, byName));

        assertEquals(6, first.getTotalElements(), "six current insurees; the old version 7 is left out");
        assertEquals(2, first.getTotalPages());
        assertEquals(List.of("Achieng Faraji", "Banda Daudi", "Banda Esther", "Mwangi Amina"), names(first));
        assertEquals(List.of("Mwangi Baraka", "Otieno Chausiku"), names(second));
        assertEquals(3, statistics.getPrepareStatementCount(), "two pages, one count (the last page needs none)");
    }

    @Test
    void criteriaQueriesUseTheStaticMetamodel() {
        assertEquals(2, insurees.count(chfIdIs("100000001")), "the current row and its old version");
        List<Insuree> current = insurees.findAll(chfIdIs("100000001").and(current()));

        assertEquals(List.of(1), current.stream().map(Insuree::getId).toList());
    }

    private static List<String> itemCodes(List<ClaimItem> lines) {
        return lines.stream().map(line -> line.getItem().getItemCode()).toList();
    }

    private static List<String> serviceCodes(List<ClaimService> lines) {
        return lines.stream().map(line -> line.getService().getServCode()).toList();
    }

    private static List<String> names(Page<Insuree> page) {
        return page.getContent().stream().map(i -> i.getLastName() + " " + i.getOtherNames()).toList();
    }
}
