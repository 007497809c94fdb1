package org.openimis.schema.copy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openimis.schema.copy.legacy.LegacyDatabase;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.log.ToolLog;
import org.openimis.schema.testing.SkipWithoutDocker;
import org.testcontainers.mssqlserver.MSSQLServerContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LegacyCopyH2Test on a real SQL Server (Testcontainers), the legacy fixture's scripts run unchanged: the preflight
 * names every planted value, and the repaired fixture copies with default options, every value equal to its source or
 * counted under its policy; SNAPSHOT isolation is detected and used, and the source recheck catches a changed row
 * (SourceRecheckH2Test on SQL Server). Skipped, with its reason printed, without Docker.
 */
@ExtendWith(SkipWithoutDocker.class)
@Testcontainers(disabledWithoutDocker = true)
class LegacyCopySqlServerTest {

    @Container
    private static final MSSQLServerContainer SQL_SERVER =
            new MSSQLServerContainer("mcr.microsoft.com/mssql/server:2022-latest").acceptLicense();

    @Test
    void thePreflightNamesEveryPlantedValueAndTheRepairedFixtureCopiesExactly() throws Exception {
        String url = loaded("openimis_legacy");
        CopyDatabases databases = CopyDatabases.withSourceData("legacy_mssql", null);
        List<String> log = new ArrayList<>();

        CopyException failure = assertThrows(CopyException.class, () -> copy(url, databases, log));
        LegacyCopyH2Test.assertPreflightNamedEveryPlantedValue(failure.getMessage(), log);

        repair(url);
        log.clear();
        LegacyCopyH2Test.assertEveryValueEqualsItsSourceOrIsCounted(url, databases, copy(url, databases, log), log);
    }

    /**
     * A database that does not allow SNAPSHOT isolation is read in READ COMMITTED, one that does in SNAPSHOT, as the
     * log says; both are re-checked before the commit, and a row changed after its table was read fails the run.
     */
    @Test
    void snapshotIsolationIsUsedWhereAllowedAndTheSourceIsRecheckedEitherWay() throws Exception {
        String url = loaded("openimis_snapshot");
        repair(url);
        List<String> log = new ArrayList<>();

        CopyReport readCommitted = copy(url, CopyDatabases.withSourceData("snapshot_off", null), log);

        assertEquals("committed", readCommitted.status());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("Source consistency: the source database does not allow "
                + "SNAPSHOT isolation (snapshot_isolation_state 0;")), log::toString);
        assertTrue(readCommitted.phases().containsKey("source recheck"), readCommitted.phases()::toString);

        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("alter database [openimis_snapshot] set allow_snapshot_isolation on");
        }
        log.clear();
        CopyReport snapshot = copy(url, CopyDatabases.withSourceData("snapshot_on", null), log);

        assertEquals("committed", snapshot.status());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("Source consistency: the source database allows SNAPSHOT "
                + "isolation (snapshot_isolation_state 1)")), log::toString);
        assertTrue(snapshot.phases().containsKey("source recheck"), snapshot.phases()::toString);

        CopyDatabases changed = CopyDatabases.withSourceData("snapshot_changed", null);
        Map<String, String> before = CopyDatabases.contentDigests(changed.target);
        CopyException e = assertThrows(CopyException.class, () -> new DataCopier(ToolLog.lines(line -> {
            if (line.startsWith("tblGender: ") && line.contains(" copied and verified ")) {
                execute(url, "update [dbo].[tblGender] set [Gender] = N'Woman' where [Code] = 'F'");
            }
        })).copy(OpenImisEntities.all(), new ConnectionSettings("source", "openimis.source", url, null, null), "dbo",
                changed.targetSettings(), CopyOptions.builder().sourceTimeZone(LegacyDatabase.sourceTimeZone()).build()));

        assertTrue(e.getMessage().startsWith("Source recheck of tblGender failed: the source still holds 3 rows to "
                + "copy, but their content differs from what was copied"), e.getMessage());
        assertEquals(before, CopyDatabases.contentDigests(changed.target));
    }

    /** The source changes that clear every planted value the copy refuses, as LegacyCopyH2Test makes them. */
    private static void repair(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            for (var anomaly : LegacyDatabase.anomalies()) {
                if (anomaly.anomalyClass().equals("too-long")) {
                    statement.execute("update [dbo].[" + anomaly.table() + "] set [" + anomaly.column() + "] = left(["
                            + anomaly.column() + "], 8) where [" + anomaly.keyColumn() + "] = " + anomaly.keyValue());
                }
            }
            for (String repair : LegacyCopyH2Test.REPAIRS) {
                statement.execute(repair);
            }
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String loaded(String database) throws SQLException {
        try (Connection admin = DriverManager.getConnection(SQL_SERVER.getJdbcUrl(), SQL_SERVER.getUsername(),
                SQL_SERVER.getPassword()); Statement statement = admin.createStatement()) {
            statement.execute("create database [" + database + "]");
        }
        String url = SQL_SERVER.getJdbcUrl() + ";databaseName=" + database + ";user=" + SQL_SERVER.getUsername()
                + ";password=" + SQL_SERVER.getPassword();
        try (Connection connection = DriverManager.getConnection(url)) {
            LegacyDatabase.loadIntoSqlServer(connection);
        }
        return url;
    }

    private static CopyReport copy(String url, CopyDatabases databases, List<String> log) {
        return new DataCopier(ToolLog.lines(log::add)).copy(OpenImisEntities.all(),
                new ConnectionSettings("source", "openimis.source", url, null, null), "dbo", databases.targetSettings(),
                CopyOptions.builder().sourceTimeZone(LegacyDatabase.sourceTimeZone()).build());
    }
}
