package org.openimis.schema.copy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.log.ToolLog;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The copy under faults, concurrency and hostile settings of the databases: every wait ends with a message, the target
 * is the copier's alone until commit, a dying reader fails the run at once, the verification catches what it must.
 */
class CopyUnderFaultsTest {

    private static final String MANY_ROWS = """
            INSERT INTO health_check_db_testmodel (id, title) SELECT g, 'row ' || g FROM generate_series(1, 200000) g;
            """;

    private final List<String> log = new ArrayList<>();

    @AfterEach
    void clearFaults() {
        FaultInjectingDriver.clear();
    }

    @Test
    void aLockHeldByAnotherSessionFailsTheRunNamingTableAndSession() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("faults_lock", CopyOptionsTest.FIXTURE);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);
        try (Connection other = db.target.connect(); Statement statement = other.createStatement()) {
            statement.execute("set application_name = 'clerk-app'");
            other.setAutoCommit(false);
            statement.execute("insert into \"tblGender\" (\"Code\", \"Gender\") values ('Q', 'uncommitted')");
            int pid = pid(statement);

            CopyException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(CopyException.class,
                    () -> copy(db.sourceSettings(), db.targetSettings(), CopyOptions.builder().lockTimeoutSeconds(1).build())));

            assertTrue(e.getMessage().startsWith("Waited more than 1 s (openimis.copy.lockTimeout) for a lock on the "
                    + "target table tblGender, held by session " + pid + " (application_name 'clerk-app'"), e.getMessage());
            assertTrue(e.getMessage().contains("Nothing was committed"), e.getMessage());
            other.rollback();
        }
        assertEquals(before, CopyDatabases.contentDigests(db.target));
        assertRerunCopiesAll(db);
    }

    /** While the copy runs, another session cannot write a copied table: what was verified is what commits. */
    @Test
    void anotherSessionCannotWriteTheTargetDuringTheCopy() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("faults_writer", CopyOptionsTest.FIXTURE + MANY_ROWS);
        CompletableFuture<CopyReport> copy = CompletableFuture.supplyAsync(() -> copy(db.sourceSettings(),
                db.targetSettings(), CopyOptions.builder().batchSize(1000).build()));
        try (Connection other = db.target.connect(); Statement statement = other.createStatement()) {
            waitForLock(statement, "tblGender", copy);
            statement.execute("set lock_timeout = '200ms'");

            SQLException refused = assertThrows(SQLException.class, () -> statement.execute(
                    "insert into \"tblGender\" (\"Code\", \"Gender\") values ('Q', 'concurrent')"));

            assertEquals("55P03", refused.getSQLState(), refused.getMessage());
        }
        assertEquals("committed", copy.get(120, TimeUnit.SECONDS).status());
        assertEquals(CopyDatabases.contentDigests(db.source), CopyDatabases.contentDigests(db.target));
    }

    @Test
    void aSourceThatIsTheTargetIsRefusedBeforeAnythingIsLocked() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("faults_same", CopyOptionsTest.FIXTURE);
        Map<String, String> before = CopyDatabases.contentDigests(db.source);
        for (boolean deleteData : new boolean[]{false, true}) {
            CopyException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(CopyException.class,
                    () -> copy(db.sourceSettings(), new ConnectionSettings("target", "openimis.target", db.source.url(),
                            db.source.user(), db.source.password()), CopyOptions.builder().deleteData(deleteData).build())));

            assertTrue(e.getMessage().startsWith("The source and the target are the same database"), e.getMessage());
        }
        assertEquals(before, CopyDatabases.contentDigests(db.source));
    }

    /**
     * A reader that dies of an Error (here an OutOfMemoryError injected into its result set) fails the run at once:
     * the COPY is cancelled, nothing is committed, no session of the copier stays open, no stack trace is printed.
     */
    @Test
    void anErrorInAReaderFailsTheRunPromptly() throws Exception {
        FaultInjectingDriver.register();
        String url = FaultInjectingDriver.PREFIX + "error;MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;DB_CLOSE_DELAY=-1";
        try (Connection h2 = DriverManager.getConnection(url)) {
            SqlServerSourceData.load(h2, true);
        }
        CopyDatabases db = CopyDatabases.withSourceData("faults_error", null);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);
        FaultInjectingDriver.throwOnRead("tblHF", new OutOfMemoryError("Java heap space (injected)"));
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        CopyException e;
        try {
            e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(CopyException.class,
                    () -> new DataCopier(ToolLog.lines(log::add)).copy(OpenImisEntities.all(),
                            new ConnectionSettings("source", "openimis.source", url, "", ""), "PUBLIC",
                            db.targetSettings(), CopyOptionsTest.asTheGoalNamesThem(
                                    CopyOptions.builder().tables(SqlServerSourceData.TABLES).build()))));
        } finally {
            System.setErr(err);
        }

        assertTrue(e.getMessage().startsWith("Reading tblHF from the source stopped: java.lang.OutOfMemoryError: "
                + "Java heap space (injected)"), e.getMessage());
        assertEquals("", printed.toString(StandardCharsets.UTF_8), "nothing printed besides the one error");
        assertEquals(before, CopyDatabases.contentDigests(db.target));
        assertEquals(0, CopyDatabases.count(db.target, "select count(*) from pg_stat_activity "
                + "where application_name like 'openimis copy-data%'"), "every connection of the copier is closed");
    }

    /** A PostgreSQL source whose database ends idle transactions after 300 ms keeps its snapshot for the whole copy. */
    @Test
    void aSourceSessionTimeoutDoesNotEndTheSnapshot() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("faults_idle", CopyOptionsTest.FIXTURE + MANY_ROWS);
        try (Connection source = db.source.connect(); Statement statement = source.createStatement()) {
            statement.execute("alter database \"" + source.getCatalog() + "\" set idle_in_transaction_session_timeout = '300ms'");
            statement.execute("alter database \"" + source.getCatalog() + "\" set statement_timeout = '300ms'");
        }

        CopyReport report = copy(db.sourceSettings(), db.targetSettings(), CopyOptions.builder().batchSize(1000).build());

        assertEquals("committed", report.status());
        try (Connection source = db.source.connect(); Statement statement = source.createStatement()) {
            statement.execute("alter database \"" + source.getCatalog() + "\" reset all"); // for the digest's own queries
        }
        assertEquals(CopyDatabases.contentDigests(db.source), CopyDatabases.contentDigests(db.target));
    }

    /**
     * On a PostgreSQL source the readers share the snapshot taken at the start: rows updated, deleted and replaced, and
     * added once the copy started (before any table was read) are not copied, and no recheck is needed.
     */
    @Test
    void aPostgreSqlSourceChangedDuringTheCopyIsCopiedAsItWasAtTheStart() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("faults_snapshot", CopyOptionsTest.FIXTURE);
        Map<String, String> atStart = CopyDatabases.contentDigests(db.source);
        String change = """
                update "tblGender" set "Gender" = 'Woman' where "Code" = 'F';
                delete from "tblGender" where "Code" = 'O';
                insert into "tblGender" ("Code", "Gender") values ('U', 'Unknown');
                insert into "tblLegalForms" ("LegalFormCode", "LegalForms") values ('X', 'Cooperative');
                """;
        boolean[] changed = {false};

        CopyReport report = new DataCopier(ToolLog.lines(line -> {
            log.add(line);
            if (line.startsWith("Copying ") && line.contains(" rows in ")) {
                execute(db, change);
                changed[0] = true;
            }
        })).copy(OpenImisEntities.all(), db.sourceSettings(), null, db.targetSettings(), CopyOptions.defaults());

        assertTrue(changed[0], log::toString);
        assertEquals("committed", report.status());
        assertEquals(atStart, CopyDatabases.contentDigests(db.target));
        assertNotEquals(atStart, CopyDatabases.contentDigests(db.source), "the source was changed during the copy");
        assertFalse(report.phases().containsKey("source recheck"), report.phases()::toString);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("Source consistency: every table is read in one snapshot")),
                log::toString);
    }

    /** A trigger on the target changes values on their way in: the read-back verification fails the run. */
    @Test
    void aTargetThatChangesValuesFailsTheVerification() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("faults_trigger", CopyOptionsTest.FIXTURE);
        CopyDatabases.execute(db.target, """
                create function shout() returns trigger language plpgsql as $$
                begin new."Gender" := upper(new."Gender"); return new; end $$;
                create trigger shout before insert on "tblGender" for each row execute function shout();
                """);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);

        CopyException e = assertThrows(CopyException.class, () -> copy(db.sourceSettings(), db.targetSettings(),
                CopyOptions.defaults()));

        assertTrue(e.getMessage().startsWith("Verification of tblGender failed"), e.getMessage());
        assertTrue(e.getMessage().contains("Nothing was committed"), e.getMessage());
        assertEquals(before, CopyDatabases.contentDigests(db.target));
    }

    private static void waitForLock(Statement monitor, String table, CompletableFuture<CopyReport> copy) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (ResultSet rows = monitor.executeQuery("select 1 from pg_locks l join pg_stat_activity a using (pid) "
                    + "where a.application_name = 'openimis copy-data writer' and l.granted and l.mode = 'ExclusiveLock' "
                    + "and l.relation = to_regclass('\"" + table + "\"')")) {
                if (rows.next()) {
                    return;
                }
            }
            if (copy.isDone()) {
                fail("the copy ended before its lock was seen: " + copy.handle((r, t) -> r != null ? r.status() : t).join());
            }
            Thread.sleep(10);
        }
        fail("the copy's lock on " + table + " did not appear within 60 s");
    }

    private static void execute(CopyDatabases db, String sql) {
        try {
            CopyDatabases.execute(db.source, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int pid(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("select pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private void assertRerunCopiesAll(CopyDatabases db) throws SQLException {
        assertEquals("committed", copy(db.sourceSettings(), db.targetSettings(), CopyOptions.defaults()).status());
        assertEquals(CopyDatabases.contentDigests(db.source), CopyDatabases.contentDigests(db.target));
    }

    private CopyReport copy(ConnectionSettings source, ConnectionSettings target, CopyOptions options) {
        return new DataCopier(ToolLog.lines(line -> {
            synchronized (log) {
                log.add(line);
            }
        })).copy(OpenImisEntities.all(), source, null, target, CopyOptionsTest.asTheGoalNamesThem(options));
    }
}
