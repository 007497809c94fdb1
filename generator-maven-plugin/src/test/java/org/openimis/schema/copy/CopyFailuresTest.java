package org.openimis.schema.copy;

import org.openimis.schema.log.ToolLog;
import org.junit.jupiter.api.Test;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.testing.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each way a copy can fail: a message that says what to fix, a target left exactly as it was, and a rerun that
 * succeeds once the cause is fixed.
 */
class CopyFailuresTest {

    private final List<String> log = new ArrayList<>();

    @Test
    void anUnknownSourceUserNamesTheSettingsToCheck() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("fail_user", CopyOptionsTest.FIXTURE);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);
        ConnectionSettings wrong = new ConnectionSettings("source", "openimis.source", urlWithoutUser(db.source), "no_such_user",
                "secret-1");

        RuntimeException e = assertThrows(RuntimeException.class, () -> copy(wrong, db.targetSettings(), CopyOptions.defaults()));

        assertTrue(e.getMessage().contains("Cannot connect to the source database"), e.getMessage());
        assertTrue(e.getMessage().contains("no_such_user"), e.getMessage());
        assertTrue(e.getMessage().contains("openimis.source.url, openimis.source.user and openimis.source.password"), e.getMessage());
        assertFalse(e.getMessage().contains("secret-1"), "the password is never shown: " + e.getMessage());
        assertEquals(before, CopyDatabases.contentDigests(db.target));
        assertRerunCopiesAll(db);
    }

    /** The embedded server trusts everyone; for one role of its own the test makes it ask for the password. */
    @Test
    void aWrongSourcePasswordNamesTheSettingsToCheck() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("fail_password", CopyOptionsTest.FIXTURE);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);
        try (PasswordRole role = PasswordRole.create(db.source, "right-password")) {
            ConnectionSettings wrong = new ConnectionSettings("source", "openimis.source", urlWithoutUser(db.source),
                    role.name, "wrong-password");

            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> copy(wrong, db.targetSettings(), CopyOptions.defaults()));

            assertTrue(e.getMessage().contains("password authentication failed"), e.getMessage());
            assertTrue(e.getMessage().contains("openimis.source.url, openimis.source.user and openimis.source.password"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("wrong-password"), "the password is never shown: " + e.getMessage());
            assertEquals(before, CopyDatabases.contentDigests(db.target));

            ConnectionSettings right = new ConnectionSettings("source", "openimis.source", urlWithoutUser(db.source),
                    role.name, "right-password");
            assertEquals("committed", copy(right, db.targetSettings(), CopyOptions.defaults()).status());
            assertEquals(CopyDatabases.contentDigests(db.source), CopyDatabases.contentDigests(db.target));
        }
    }

    @Test
    void anUnreachableTargetHostNamesTheSettingsToCheck() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("fail_host", CopyOptionsTest.FIXTURE);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);
        ConnectionSettings closedPort = new ConnectionSettings("target", "openimis.target", "jdbc:postgresql://127.0.0.1:1/x",
                db.target.user(), db.target.password());

        RuntimeException e = assertThrows(RuntimeException.class, () -> copy(db.sourceSettings(), closedPort, CopyOptions.defaults()));

        assertTrue(e.getMessage().contains("Cannot connect to the target database jdbc:postgresql://127.0.0.1:1/x"), e.getMessage());
        assertTrue(e.getMessage().contains("Check openimis.target.url"), e.getMessage());
        assertTrue(e.getMessage().contains("server is running and reachable"), e.getMessage());
        assertEquals(before, CopyDatabases.contentDigests(db.target));
        assertRerunCopiesAll(db);
    }

    @Test
    void aNonEmptyTargetIsLeftAsItWas() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("fail_nonempty", CopyOptionsTest.FIXTURE);
        CopyDatabases.execute(db.target, "INSERT INTO \"tblGender\" (\"Code\", \"Gender\") VALUES ('X', 'Unknown')");
        Map<String, String> before = CopyDatabases.contentDigests(db.target);

        CopyException e = assertThrows(CopyException.class, () -> copy(db, CopyOptions.defaults()));

        assertTrue(e.getMessage().startsWith("The target already holds rows in 1 table(s): tblGender."), e.getMessage());
        assertTrue(e.getMessage().endsWith("Nothing was committed."), e.getMessage());
        assertEquals(before, CopyDatabases.contentDigests(db.target));
        CopyDatabases.execute(db.target, "DELETE FROM \"tblGender\"");
        assertRerunCopiesAll(db);
    }

    @Test
    void anOrphanForeignKeyValueIsNamedAndNothingIsCommitted() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("fail_orphan", """
                ALTER TABLE "tblHF" DROP CONSTRAINT "tblHF_LegalForm_950c70ad_fk_tblLegalForms_LegalFormCode";
                """ + CopyOptionsTest.FIXTURE + """
                UPDATE "tblHF" SET "LegalForm" = 'Q' WHERE "HfID" = 1;
                """);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);

        CopyException e = assertThrows(CopyException.class, () -> copy(db, CopyOptions.defaults()));

        assertTrue(e.getMessage().contains("tblHF.LegalForm -> tblLegalForms: 1 value(s) without parent row "
                + "(e.g. HfID=1 (LegalForm=Q))"), e.getMessage());
        assertTrue(e.getMessage().contains("Nothing was committed"), e.getMessage());
        assertEquals(before, CopyDatabases.contentDigests(db.target));
        CopyDatabases.execute(db.source, "INSERT INTO \"tblLegalForms\" (\"LegalFormCode\", \"LegalForms\") VALUES ('Q', 'Quango')");
        assertRerunCopiesAll(db);
    }

    @Test
    void aKeyDuplicatedInTheSourceIsNamedWhenTheKeyIsRebuiltAndNothingIsCommitted() throws Exception {
        // keys are set aside for the load: a source without the unique constraint can hold what the target refuses
        CopyDatabases db = CopyDatabases.withSourceData("fail_duplicate", """
                ALTER TABLE "tblLocations" DROP CONSTRAINT "tblLocations_LocationUUID_key";
                """ + CopyOptionsTest.FIXTURE + """
                UPDATE "tblLocations" SET "LocationUUID" = 'a0000000-0000-0000-0000-000000000001' WHERE "LocationId" = 11;
                """);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);

        CopyException e = assertThrows(CopyException.class, () -> copy(db, CopyOptions.defaults()));

        assertTrue(e.getMessage().contains("Restoring a key failed (alter table \"tblLocations\" add constraint "
                + "\"tblLocations_LocationUUID_key\" UNIQUE (\"LocationUUID\"))"), e.getMessage());
        assertTrue(e.getMessage().contains("(\"LocationUUID\")=(a0000000-0000-0000-0000-000000000001) is duplicated"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("Nothing was committed."), e.getMessage());
        assertEquals(before, CopyDatabases.contentDigests(db.target));
        CopyDatabases.execute(db.source, "UPDATE \"tblLocations\" SET \"LocationUUID\" = "
                + "'a0000000-0000-0000-0000-000000000011' WHERE \"LocationId\" = 11");
        assertRerunCopiesAll(db);
    }

    @Test
    void aValueLongerThanTheTargetColumnNamesTableColumnAndRow() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("fail_long", CopyOptionsTest.FIXTURE + """
                ALTER TABLE "tblGender" ALTER COLUMN "Gender" TYPE varchar(200);
                INSERT INTO "tblGender" ("Code", "Gender") VALUES ('L', repeat('long', 15));
                """);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);

        CopyException e = assertThrows(CopyException.class, () -> copy(db, CopyOptions.defaults()));

        // found by the preflight, before anything is written
        assertTrue(e.getMessage().contains("tblGender.Gender: 1 value(s) longer than varchar(50) allows (e.g. Code=L "
                + "(Gender=longlong"), e.getMessage());
        assertTrue(e.getMessage().contains("Nothing was committed"), e.getMessage());
        assertEquals(before, CopyDatabases.contentDigests(db.target));
        CopyDatabases.execute(db.source, "UPDATE \"tblGender\" SET \"Gender\" = 'Long' WHERE \"Code\" = 'L'");
        assertRerunCopiesAll(db);
    }

    /**
     * PostgreSQL text cannot hold NUL, so the source is H2 in SQL Server mode (read as SQL Server: schema dbo,
     * brackets) with one table made by hand.
     */
    @Test
    void aNulCharacterIsNamedAndCanBeStripped() throws Exception {
        String url = "jdbc:h2:mem:copy_nul_" + ProcessHandle.current().pid() + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE";
        CopyDatabases db = CopyDatabases.withSourceData("fail_nul", null);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);
        try (Connection h2 = DriverManager.getConnection(url, "sa", "")) { // keeps the in-memory database alive
            try (Statement statement = h2.createStatement()) {
                statement.execute("create schema if not exists dbo");
                statement.execute("create table dbo.tblGender (Code varchar(1) not null primary key, Gender varchar(50), "
                        + "AltLanguage varchar(50), SortOrder int)");
            }
            try (PreparedStatement insert = h2.prepareStatement("insert into dbo.tblGender values (?, ?, ?, ?)")) {
                insert.setString(1, "M");
                insert.setString(2, "Ma\u0000le");
                insert.setString(3, "Mme");
                insert.setInt(4, 1);
                insert.executeUpdate();
                insert.setString(1, "F");
                insert.setString(2, "Female");
                insert.setString(3, null);
                insert.setInt(4, 2);
                insert.executeUpdate();
            }
            ConnectionSettings h2Source = new ConnectionSettings("source", "openimis.source", url, "sa", "");
            CopyOptions genders = CopyOptions.builder().tables(Set.of("tblGender")).build();

            CopyException e = assertThrows(CopyException.class, () -> copy(h2Source, db.targetSettings(), genders));

            assertTrue(e.getMessage().startsWith("tblGender.Gender at Code=M: the text holds NUL characters"), e.getMessage());
            assertTrue(e.getMessage().contains("openimis.copy.nulCharacters=strip"), e.getMessage());
            assertEquals(before, CopyDatabases.contentDigests(db.target));

            CopyReport report = copy(h2Source, db.targetSettings(), genders.toBuilder().nulCharacters(NulPolicy.STRIP).build());

            assertEquals("committed", report.status());
            assertEquals(1, report.tables().get(0).nulStripped());
            assertEquals(List.of("F|Female|null|2", "M|Male|Mme|1"), CopyDatabases.column(db.target, "select concat_ws('|', "
                    + "\"Code\", \"Gender\", coalesce(\"AltLanguage\", 'null'), \"SortOrder\") from \"tblGender\" order by 1"));
        }
    }

    /**
     * The target connection is killed while it takes a COPY. To catch the COPY for sure, a trigger of the target table
     * waits for an advisory lock another session holds when the first row arrives, so the COPY waits until it is killed
     * (the copier's own table locks keep every other writer out, so a conflicting row cannot be used).
     */
    @Test
    void aConnectionKilledMidCopyCommitsNothingAndARerunSucceeds() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("fail_killed", CopyOptionsTest.FIXTURE + """
                INSERT INTO health_check_db_testmodel (id, title) SELECT g, 'row ' || g FROM generate_series(1, 100000) g;
                """);
        CopyDatabases.execute(db.target, """
                create function wait_for_test() returns trigger language plpgsql as $$
                begin if new.id = 1 then perform pg_advisory_xact_lock(4242); end if; return new; end $$;
                create trigger wait_for_test before insert on health_check_db_testmodel
                    for each row execute function wait_for_test();
                """);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);
        CompletableFuture<CopyReport> copy;
        try (Connection blocker = db.target.connect(); Connection monitor = db.target.connect()) {
            blocker.setAutoCommit(false);
            try (Statement statement = blocker.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(4242)");
            }
            copy = CompletableFuture.supplyAsync(() -> copy(db, CopyOptions.builder().batchSize(1000).build()));

            int copier = waitForWaitingCopy(monitor, "copy \"health_check_db_testmodel\"", copy);
            try (PreparedStatement terminate = monitor.prepareStatement("select pg_terminate_backend(?)")) {
                terminate.setInt(1, copier);
                try (ResultSet done = terminate.executeQuery()) {
                    assertTrue(done.next() && done.getBoolean(1), "the copier's backend was terminated");
                }
            }
            blocker.rollback();
        }

        ExecutionException failure = assertThrows(ExecutionException.class, () -> copy.get(60, TimeUnit.SECONDS));
        CopyException e = assertInstanceOf(CopyException.class, failure.getCause());
        assertTrue(e.getMessage().startsWith("The copy failed: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("Nothing was committed."), e.getMessage());
        assertEquals(before, CopyDatabases.contentDigests(db.target));
        assertRerunCopiesAll(db);
        assertEquals(100_000, CopyDatabases.count(db.target, "select count(*) from health_check_db_testmodel"));
    }

    /** The process id of the target backend running a COPY that waits for a lock; fails if the copy ends first. */
    private static int waitForWaitingCopy(Connection monitor, String queryStart, CompletableFuture<CopyReport> copy)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (PreparedStatement activity = monitor.prepareStatement("select pid from pg_stat_activity "
                + "where datname = current_database() and pid <> pg_backend_pid() and state = 'active' "
                + "and wait_event_type = 'Lock' and query like ? || '%'")) {
            activity.setString(1, queryStart);
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = activity.executeQuery()) {
                    if (rows.next()) {
                        return rows.getInt(1);
                    }
                }
                if (copy.isDone()) {
                    fail("the copy ended before its COPY was seen: " + copy.handle((r, t) -> r != null ? r.status() : t).join());
                }
                Thread.sleep(20);
            }
        }
        return fail("no waiting COPY appeared in pg_stat_activity within 60 s");
    }

    /** The database's URL without its user parameter, which would win over the user setting (the embedded server's has one). */
    private static String urlWithoutUser(TestDatabase database) {
        String[] parts = database.url().split("\\?", 2);
        if (parts.length == 1) {
            return parts[0];
        }
        String query = Arrays.stream(parts[1].split("&")).filter(p -> !p.startsWith("user=")).collect(Collectors.joining("&"));
        return query.isEmpty() ? parts[0] : parts[0] + "?" + query;
    }

    /** A default copy now succeeds and the target holds exactly the source's rows. */
    private void assertRerunCopiesAll(CopyDatabases db) throws SQLException {
        CopyReport report = copy(db, CopyOptions.defaults());
        assertEquals("committed", report.status());
        assertEquals(CopyDatabases.contentDigests(db.source), CopyDatabases.contentDigests(db.target));
    }

    private CopyReport copy(CopyDatabases db, CopyOptions options) {
        return copy(db.sourceSettings(), db.targetSettings(), options);
    }

    private CopyReport copy(ConnectionSettings source, ConnectionSettings target, CopyOptions options) {
        return new DataCopier(ToolLog.lines(line -> {
            synchronized (log) {
                log.add(line);
            }
        })).copy(OpenImisEntities.all(), source, null, target, CopyOptionsTest.asTheGoalNamesThem(options));
    }

    /**
     * A login role with a password that may read the source, for which the server asks the password over TCP: if it
     * trusts the role (the embedded server's default), a first line of pg_hba.conf makes it ask, until closed.
     */
    private static final class PasswordRole implements AutoCloseable {

        final String name = "copy_password_" + ProcessHandle.current().pid();
        private final TestDatabase database;
        private String hbaFile;
        private String originalHba;

        private PasswordRole(TestDatabase database) {
            this.database = database;
        }

        static PasswordRole create(TestDatabase database, String password) throws Exception {
            assumeTrue(System.getProperty("openimis.test.url") == null,
                    "editing pg_hba.conf is done only on the embedded test server, never on one given by openimis.test.url");
            PasswordRole role = new PasswordRole(database);
            try (Connection admin = database.connect(); Statement statement = admin.createStatement()) {
                assumeTrue(isSuperuser(statement), "creating a role and editing pg_hba.conf needs a superuser");
                statement.execute("create role " + role.name + " login password '" + password + "'");
                statement.execute("grant select on all tables in schema public to " + role.name);
                if (!role.refused("not-" + password)) {
                    role.askForPassword(statement);
                }
            } catch (Exception | Error e) {
                role.close();
                throw e;
            }
            return role;
        }

        private void askForPassword(Statement statement) throws SQLException, InterruptedException {
            try (ResultSet rows = statement.executeQuery("select setting, pg_read_file(setting) from pg_settings where name = 'hba_file'")) {
                rows.next();
                hbaFile = rows.getString(1);
                originalHba = rows.getString(2);
            }
            writeHba(statement, "host all " + name + " all md5\n" + originalHba);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!refused("not-the-password")) { // the server reloads its configuration asynchronously
                assumeTrue(System.nanoTime() < deadline, "the server does not ask " + name + " for a password");
                Thread.sleep(50);
            }
        }

        /** Writes the file through a large object: byte for byte, which COPY TO a file is not. */
        private void writeHba(Statement statement, String content) throws SQLException {
            long oid;
            try (ResultSet rows = statement.executeQuery("select lo_from_bytea(0, convert_to('"
                    + content.replace("'", "''") + "', 'UTF8'))")) {
                rows.next();
                oid = rows.getLong(1);
            }
            statement.execute("select lo_export(" + oid + ", '" + hbaFile.replace("'", "''") + "')");
            statement.execute("select lo_unlink(" + oid + ")");
            statement.execute("select pg_reload_conf()");
        }

        private boolean refused(String password) {
            try (Connection ignored = DriverManager.getConnection(urlWithoutUser(database), name, password)) {
                return false;
            } catch (SQLException e) {
                return true;
            }
        }

        private static boolean isSuperuser(Statement statement) throws SQLException {
            try (ResultSet rows = statement.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
                return rows.next() && rows.getBoolean(1);
            }
        }

        @Override
        public void close() throws SQLException {
            try (Connection admin = database.connect(); Statement statement = admin.createStatement()) {
                if (originalHba != null) {
                    writeHba(statement, originalHba);
                }
                statement.execute("do $$ begin if exists (select 1 from pg_roles where rolname = '" + name + "') then "
                        + "drop owned by " + name + "; drop role " + name + "; end if; end $$");
            }
        }
    }
}
