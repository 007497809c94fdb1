package org.openimis.schema.ddl;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openimis.schema.testing.SchemaCatalog;
import org.openimis.schema.testing.SqlScripts;
import org.openimis.schema.testing.TestDatabase;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed PostgreSQL script builds, on an empty database, exactly the schema of the reference catalogue, but for
 * the deliberate deviations {@link SchemaCatalog#DELIBERATE_DEVIATIONS} lists (one: udfRemunerated's amount).
 */
class PostgresSchemaCatalogTest {

    private static final Map<String, Integer> EXPECTED_COUNTS = Map.of(
            "table", 84, "column", 1001, "pk", 81, "fk", 103, "unique", 28, "index", 154, "view", 34, "function", 56);

    private static TreeSet<String> reference;
    private static TreeSet<String> actual;

    @BeforeAll
    static void buildDatabase() throws Exception {
        TestDatabase database = TestDatabase.create("catalog");
        try (Connection connection = database.connect()) {
            SqlScripts.run(connection, SqlScripts.committed("openimis-postgresql.sql"));
            actual = SchemaCatalog.read(connection);
        }
        reference = SchemaCatalog.reference();
    }

    @TestFactory
    Stream<DynamicTest> everyReferenceFactIsInTheDatabase() {
        return EXPECTED_COUNTS.keySet().stream().sorted().map(kind -> DynamicTest.dynamicTest(kind, () -> {
            assertEquals((long) EXPECTED_COUNTS.get(kind), SchemaCatalog.count(reference, kind), "reference " + kind + " count");
            List<String> missing = SchemaCatalog.missing(reference, actual, kind);
            assertTrue(missing.isEmpty(), () -> missing.size() + " " + kind + " fact(s) of the reference differ or are "
                    + "missing:\n  " + String.join("\n  ", missing) + "\nthe database has instead:\n  "
                    + String.join("\n  ", SchemaCatalog.missing(actual, reference, kind)));
        }));
    }

    @Test
    void theOnlyDeliberateDeviationIsTheRemuneratedAmountWithItsCents() {
        System.out.println("Deliberate deviations from the reference catalogue (the upstream PostgreSQL port):");
        SchemaCatalog.DELIBERATE_DEVIATIONS.forEach(d -> System.out.println("  reference: " + d.referenceLine()
                + "\n  ours:      " + d.ourLine() + "\n  why:       " + d.reason()));
        assertEquals(1, SchemaCatalog.DELIBERATE_DEVIATIONS.size(), "deliberate deviations");
        SchemaCatalog.Deviation remunerated = SchemaCatalog.DELIBERATE_DEVIATIONS.get(0);
        assertTrue(remunerated.referenceLine().startsWith("function\tudfRemunerated\t"), remunerated::referenceLine);
        assertTrue(SchemaCatalog.referenceAsPublished().contains(remunerated.referenceLine()), "the port's integer signature");
        assertFalse(actual.contains(remunerated.referenceLine()), "the database does not have the port's signature");
        assertTrue(actual.contains(remunerated.ourLine()), "the database has the numeric signature");
        TreeSet<String> published = SchemaCatalog.referenceAsPublished();
        published.removeAll(reference);
        assertEquals(List.of(remunerated.referenceLine()), List.copyOf(published), "the one line the deviations change");
    }

    @Test
    void extraObjectsAreOnlyCoreUserGroups() {
        List<String> extra = SchemaCatalog.missing(actual, reference, "table");
        extra.addAll(SchemaCatalog.missing(actual, reference, "view"));
        extra.addAll(SchemaCatalog.missing(actual, reference, "function"));
        assertEquals(List.of("table\tcore_User_groups"), extra);
    }
}
