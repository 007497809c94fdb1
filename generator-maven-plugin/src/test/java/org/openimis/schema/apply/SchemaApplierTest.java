package org.openimis.schema.apply;

import org.openimis.schema.log.ToolLog;
import org.junit.jupiter.api.Test;
import org.openimis.schema.ddl.DdlTarget;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.extras.SqlExtras;
import org.openimis.schema.extras.SqlKind;
import org.openimis.schema.extras.SqlObject;
import org.openimis.schema.script.SchemaScript;
import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.testing.FreezingProxy;
import org.openimis.schema.testing.SchemaCatalog;
import org.openimis.schema.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaApplierTest {

    private static final List<SqlObject> EXTRAS = SqlExtras.fromClasspath(SchemaApplierTest.class.getClassLoader());
    private static final SchemaScript SCRIPT = SchemaScript.of(OpenImisEntities.all(), EXTRAS, DdlTarget.POSTGRESQL);

    private final List<String> log = new ArrayList<>();
    private final SchemaApplier applier = new SchemaApplier(ToolLog.lines(log::add));

    @Test
    void createBuildsTheReferenceSchemaAndLogsEachStep() throws Exception {
        try (Connection connection = TestDatabase.create("apply_create").connect()) {
            applier.apply(connection, SCRIPT, ApplyMode.CREATE);

            TreeSet<String> catalog = SchemaCatalog.read(connection);
            assertTrue(catalog.containsAll(SchemaCatalog.reference()), "the database matches the reference catalogue");
        }
        assertTrue(log.stream().anyMatch(l -> l.startsWith("Created 84 tables")), log::toString);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("Created 34 sql-extras views")), log::toString);
        assertTrue(log.get(log.size() - 1).startsWith("Applied the schema (create) in "), log::toString);
    }

    @Test
    void createRefusesADatabaseWithOpenImisTablesAndChangesNothing() throws Exception {
        try (Connection connection = TestDatabase.create("apply_refuse").connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table \"tblInsuree\" (\"InsureeID\" integer)");
            }
            TreeSet<String> before = SchemaCatalog.read(connection);

            ApplyException error = assertThrows(ApplyException.class, () -> applier.apply(connection, SCRIPT, ApplyMode.CREATE));

            assertTrue(error.getMessage().contains("already holds 1 openIMIS table(s) (tblInsuree)"), error.getMessage());
            assertTrue(error.getMessage().contains("openimis.apply.mode=replace-objects"), error.getMessage());
            assertEquals(before, SchemaCatalog.read(connection));
        }
    }

    @Test
    void replaceObjectsTwiceLeavesCatalogueAndDataUnchanged() throws Exception {
        try (Connection connection = TestDatabase.create("apply_replace").connect()) {
            applier.apply(connection, SCRIPT, ApplyMode.CREATE);
            try (Statement statement = connection.createStatement()) {
                statement.execute("insert into \"tblLocations\" (\"LocationId\", \"LocationCode\", \"LocationName\", "
                        + "\"LocationType\", \"ValidityFrom\", \"AuditUserId\", \"LocationUUID\") "
                        + "values (1, 'R1', 'Region One', 'R', now(), 1, 'a2bd0a25-54c6-4cbb-9cfa-a7c43ec6b5c1')");
            }
            TreeSet<String> before = SchemaCatalog.read(connection);

            applier.apply(connection, SCRIPT, ApplyMode.REPLACE_OBJECTS);
            applier.apply(connection, SCRIPT, ApplyMode.REPLACE_OBJECTS);

            assertEquals(before, SchemaCatalog.read(connection));
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select \"RegionName\" from \"tblRegions\"")) {
                assertTrue(rows.next());
                assertEquals("Region One", rows.getString(1));
            }
        }
    }

    @Test
    void replaceObjectsRefusesAnEmptyDatabase() throws Exception {
        try (Connection connection = TestDatabase.create("apply_replace_empty").connect()) {
            ApplyException error = assertThrows(ApplyException.class,
                    () -> applier.apply(connection, SCRIPT, ApplyMode.REPLACE_OBJECTS));
            assertTrue(error.getMessage().contains("openimis.apply.mode=create"), error.getMessage());
        }
    }

    @Test
    void aBrokenObjectLeavesNothingBehindAndIsNamed() throws Exception {
        List<SqlObject> broken = new ArrayList<>(EXTRAS);
        broken.add(new SqlObject("uvwBroken", SqlKind.VIEWS, "create view \"uvwBroken\" as select \"NoSuchColumn\" from \"tblInsuree\";",
                List.of("uvwLocations"), "test"));
        SchemaScript script = SchemaScript.of(OpenImisEntities.all(), broken, DdlTarget.POSTGRESQL);
        try (Connection connection = TestDatabase.create("apply_broken").connect()) {
            ApplyException error = assertThrows(ApplyException.class, () -> applier.apply(connection, script, ApplyMode.CREATE));

            assertTrue(error.getMessage().startsWith("Applying views/uvwBroken.sql failed: ERROR: column \"NoSuchColumn\" does not exist"),
                    error.getMessage());
            assertTrue(error.getMessage().endsWith("Nothing was committed."), error.getMessage());
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select count(*) from pg_class where relnamespace = 'public'::regnamespace")) {
                rows.next();
                assertEquals(0, rows.getInt(1), "no table, view, index or sequence is left behind");
            }
        }
    }

    @Test
    void anUnknownModeIsRejectedNamingTheSetting() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ApplyMode.of("upsert"));
        assertTrue(error.getMessage().startsWith("Unknown openimis.apply.mode 'upsert'"));
    }

    @Test
    void aServerThatStopsAnsweringEndsTheApplyNamingItAndNothingIsCommitted() throws Exception {
        TestDatabase database = TestDatabase.create("apply_frozen");
        try (FreezingProxy proxy = new FreezingProxy(database.url())) {
            ConnectionSettings proxied = new ConnectionSettings("database", "openimis", proxy.url(database.url()),
                    database.user(), database.password());
            long[] frozenAt = {0};
            SchemaApplier frozenOnTheWay = new SchemaApplier(ToolLog.lines(line -> {
                log.add(line);
                if (frozenAt[0] == 0 && line.startsWith("Created 84 tables")) {
                    proxy.freeze();
                    frozenAt[0] = System.nanoTime();
                }
            }));

            ApplyException error = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(
                    ApplyException.class, () -> frozenOnTheWay.apply(proxied, SCRIPT, ApplyMode.CREATE, 1)));

            assertTrue(frozenAt[0] > 0, log::toString);
            double seconds = (System.nanoTime() - frozenAt[0]) / 1e9;
            assertTrue(seconds < 10, "failed " + seconds + " s after the freeze");
            assertEquals("The " + proxied + " did not answer the heartbeat within 1 s "
                    + "(openimis.apply.heartbeatSeconds=1) while the schema was applied. Nothing was committed.",
                    error.getMessage());
        }
        // the proxy closed its sockets: the server ended the session and rolled its transaction back
        try (Connection connection = database.connect()) {
            assertTrue(SchemaCatalog.read(connection).isEmpty(), "no table of the interrupted apply was committed");
        }
    }

    @Test
    void aNegativeHeartbeatIsRefusedBeforeConnecting() {
        ConnectionSettings nowhere = new ConnectionSettings("database", "openimis", "jdbc:postgresql://127.0.0.1:1/none",
                "nobody", null);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> applier.apply(nowhere, SCRIPT, ApplyMode.CREATE, -1));
        assertEquals("openimis.apply.heartbeatSeconds must be 0 (no heartbeat) or more, not -1", error.getMessage());
    }
}
