package org.openimis.schema.copy.legacy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openimis.schema.model.SchemaModel;
import org.openimis.schema.testing.SkipWithoutDocker;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mssqlserver.MSSQLServerContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The legacy fixture's scripts run unchanged on a real SQL Server (Testcontainers): all tables there, the differences
 * from the target visible in JDBC metadata, the rowversion columns typed as SQL Server types them, the foreign keys
 * SQL Server does not check, every planted anomaly in the data. Skipped, with its reason printed, without Docker.
 */
@ExtendWith(SkipWithoutDocker.class)
@Testcontainers(disabledWithoutDocker = true)
class LegacyFixtureSqlServerTest {

    @Container
    private static final MSSQLServerContainer SQL_SERVER =
            new MSSQLServerContainer("mcr.microsoft.com/mssql/server:2022-latest").acceptLicense();

    private static Connection connection;
    private static Map<String, Map<String, LegacyFixtureChecks.SourceColumn>> columns;
    private static SchemaModel target;

    @BeforeAll
    static void load() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SQL_SERVER.getJdbcUrl(), SQL_SERVER.getUsername(),
                SQL_SERVER.getPassword()); Statement statement = admin.createStatement()) {
            statement.execute("create database [openimis_legacy]");
        }
        connection = DriverManager.getConnection(SQL_SERVER.getJdbcUrl() + ";databaseName=openimis_legacy",
                SQL_SERVER.getUsername(), SQL_SERVER.getPassword());
        LegacyDatabase.loadIntoSqlServer(connection);
        columns = LegacyFixtureChecks.columns(connection);
        target = LegacyFixtureChecks.target();
    }

    @Test
    void hasThe65LegacyTablesAndAModuleTable() {
        LegacyFixtureChecks.assertTables(columns, target);
    }

    @Test
    void differsFromTheTargetWhereIssue9Says() {
        LegacyFixtureChecks.assertDifferencesFromTarget(columns, target);
    }

    @Test
    void holdsEveryPlantedAnomaly() throws SQLException {
        LegacyFixtureChecks.assertAnomaliesPresent(connection);
    }

    @Test
    void typesRowVersionColumnsAsTimestamp() {
        assertEquals(LegacyFixtureChecks.rowVersionColumns(),
                LegacyFixtureChecks.columnsWhere(columns, c -> c.typeName().equalsIgnoreCase("timestamp")));
    }

    @Test
    void disablesTwoForeignKeysAndTrustsNotThree() throws SQLException {
        assertEquals(Set.of("FK_tblClaim_FeedbackID", "FK_tblFamilies_InsureeID"),
                names("select name from sys.foreign_keys where is_disabled = 1"));
        assertEquals(Set.of("FK_tblClaim_FeedbackID", "FK_tblFamilies_InsureeID", "FK_tblOfficer_OfficerIDSubst"),
                names("select name from sys.foreign_keys where is_not_trusted = 1"));
        assertEquals(Set.of("86"), names("select cast(count(*) as varchar(10)) from sys.foreign_keys"));
    }

    private static Set<String> names(String sql) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
