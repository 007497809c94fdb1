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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed PostgreSQL script builds, on an empty database, exactly the schema of the reference catalogue. */
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
    void extraObjectsAreOnlyCoreUserGroups() {
        List<String> extra = SchemaCatalog.missing(actual, reference, "table");
        extra.addAll(SchemaCatalog.missing(actual, reference, "view"));
        extra.addAll(SchemaCatalog.missing(actual, reference, "function"));
        assertEquals(List.of("table\tcore_User_groups"), extra);
    }
}
