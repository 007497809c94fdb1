package org.openimis.schema.copy;

import org.junit.jupiter.api.Test;
import org.openimis.schema.copy.legacy.LegacyDatabase;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.log.ToolLog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consistency of a SQL Server-shaped source (the legacy fixture on H2 in MODE=MSSQLServer, whose readers share no
 * snapshot): the log says how the source is read and why, the source recheck runs as a phase before the commit and
 * passes on an unchanged source, and a source row changed after its table was read (updated, deleted and replaced,
 * added) fails the run naming the table and what differed, nothing committed.
 */
class SourceRecheckH2Test {

    private final List<String> log = new ArrayList<>();

    @Test
    void anUnchangedSourceIsRecheckedBeforeTheCommitAndTheLogSaysHowItWasRead() throws Exception {
        String url = LegacyCopyH2Test.loadedSource("recheck_ok", LegacyCopyH2Test.REPAIRS);
        CopyDatabases db = CopyDatabases.withSourceData("recheck_ok", null);
        Path json = Files.createTempFile("copy-report", ".json");

        CopyReport report = copy(url, db, CopyOptions.builder().report(json), line -> { });

        assertEquals("committed", report.status());
        assertTrue(log.contains("Source consistency: the source database does not allow SNAPSHOT isolation "
                + "(snapshot_isolation_state unknown (" + sysDatabasesMissing(url) + "); ALTER DATABASE ... SET "
                + "ALLOW_SNAPSHOT_ISOLATION ON allows it): readers read in READ COMMITTED. SQL Server readers cannot "
                + "share one snapshot: the source must not be written during the copy, and every copied table is read "
                + "again before the target commits (source recheck: row count and checksum), a difference failing the "
                + "run."), log::toString);
        assertTrue(log.contains("Source recheck: every copied table still holds what was copied"), log::toString);
        List<String> phases = List.copyOf(report.phases().keySet());
        assertEquals(phases.indexOf("sequences") + 1, phases.indexOf("source recheck"), phases::toString);
        assertEquals(phases.indexOf("source recheck") + 1, phases.indexOf("commit"), phases::toString);
        assertTrue(report.summary().contains(" source recheck "), report::summary);
        assertTrue(Files.readString(json).contains("\"source recheck\": "), () -> json.toString());
    }

    /** A database that allows SNAPSHOT isolation (sys.databases as SQL Server has it, made on H2) is read in it. */
    @Test
    void aSourceThatAllowsSnapshotIsolationIsReadInIt() throws Exception {
        String url = LegacyCopyH2Test.loadedSource("recheck_snapshot", LegacyCopyH2Test.REPAIRS);
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("create schema sys");
            statement.execute("create table sys.databases (name varchar(128), snapshot_isolation_state tinyint)");
            statement.execute("insert into sys.databases values ('legacy', 1), ('other', 0)");
            statement.execute("create alias db_name as 'String dbName() { return \"legacy\"; }'");
        }
        CopyDatabases db = CopyDatabases.withSourceData("recheck_snapshot", null);

        CopyReport report = copy(url, db, CopyOptions.builder(), line -> { });

        assertEquals("committed", report.status());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("Source consistency: the source database allows SNAPSHOT "
                + "isolation (snapshot_isolation_state 1): each reader reads its table in SNAPSHOT isolation")), log::toString);
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("Source consistency: ")), report.notes()::toString);
        assertTrue(report.phases().containsKey("source recheck"), report.phases()::toString);
    }

    @Test
    void aSourceRowChangedAfterItsTableWasReadFailsTheRunNamingTheTable() throws Exception {
        String url = LegacyCopyH2Test.loadedSource("recheck_changed", LegacyCopyH2Test.REPAIRS);
        CopyDatabases db = CopyDatabases.withSourceData("recheck_changed", null);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);

        assertChangeFails(url, db, "tblGender", "update [dbo].[tblGender] set [Gender] = N'Woman' where [Code] = 'F'",
                "Source recheck of tblGender failed: the source still holds 3 rows to copy, but their content differs "
                        + "from what was copied");
        assertChangeFails(url, db, "tblLegalForms", "delete from [dbo].[tblLegalForms] where [LegalFormCode] = 'P'; "
                        + "insert into [dbo].[tblLegalForms] ([LegalFormCode], [LegalForms]) values ('X', N'Cooperative')",
                "Source recheck of tblLegalForms failed: the source still holds 3 rows to copy, but their content "
                        + "differs from what was copied");
        assertChangeFails(url, db, "tblLanguages", "insert into [dbo].[tblLanguages] ([LanguageCode], [LanguageName]) "
                        + "values (N'sw', N'Kiswahili')",
                "Source recheck of tblLanguages failed: the source now holds 3 rows to copy, 2 were copied: the source "
                        + "was written during the copy.");
        assertEquals(before, CopyDatabases.contentDigests(db.target), "nothing was committed");
    }

    @Test
    void theRecheckCanBeTurnedOffAndThenSaysSo() throws Exception {
        String url = LegacyCopyH2Test.loadedSource("recheck_off", LegacyCopyH2Test.REPAIRS);
        CopyDatabases db = CopyDatabases.withSourceData("recheck_off", null);

        CopyReport report = copy(url, db, CopyOptions.builder().sourceRecheck(false), line -> { });

        assertEquals("committed", report.status());
        assertFalse(report.phases().containsKey("source recheck"), report.phases()::toString);
        assertTrue(log.stream().anyMatch(l -> l.endsWith("the source recheck is off (openimis.copy.sourceRecheck=false): "
                + "a write is not detected.")), log::toString);
    }

    /** Runs the change on the source as soon as the table was copied and verified; the run must fail with the message. */
    private void assertChangeFails(String url, CopyDatabases db, String table, String change, String message) {
        CopyException e = assertThrows(CopyException.class, () -> copy(url, db, CopyOptions.builder(), line -> {
            if (line.startsWith(table + ": ") && line.contains(" copied and verified ")) {
                execute(url, change);
            }
        }));

        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        assertTrue(e.getMessage().endsWith("Nothing was committed."), e.getMessage());
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            for (String one : sql.split("; ")) {
                statement.execute(one);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sysDatabasesMissing(String url) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.executeQuery("select snapshot_isolation_state from sys.databases where name = db_name()");
            throw new IllegalStateException("H2 has sys.databases");
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private CopyReport copy(String url, CopyDatabases databases, CopyOptions.Builder options, Consumer<String> hook) {
        return new DataCopier(ToolLog.lines(line -> {
            log.add(line);
            hook.accept(line);
        })).copy(OpenImisEntities.all(), new ConnectionSettings("source", "openimis.source", url, "", ""), null,
                databases.targetSettings(), CopyOptionsTest.asTheGoalNamesThem(
                        options.sourceTimeZone(LegacyDatabase.sourceTimeZone()).build()));
    }
}
