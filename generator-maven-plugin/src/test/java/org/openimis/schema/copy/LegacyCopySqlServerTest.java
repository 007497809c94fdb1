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

import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * LegacyCopyH2Test on a real SQL Server (Testcontainers), the legacy fixture's scripts run unchanged: the preflight
 * names every planted value, and the repaired fixture copies with default options, every value equal to its source or
 * counted under its policy. Skipped, with its reason printed, without Docker.
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
        log.clear();
        LegacyCopyH2Test.assertEveryValueEqualsItsSourceOrIsCounted(url, databases, copy(url, databases, log), log);
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
