package org.openimis.schema.copy;

import org.openimis.schema.log.ToolLog;
import org.junit.jupiter.api.Test;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.jdbc.ConnectionSettings;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A smoke test of the SQL Server source path with H2 in MODE=MSSQLServer standing in for SQL Server: bracket
 * quoting, zone-less datetime placed in the source time zone, upper-case UUID strings lower-cased, bit to bit(1).
 * H2 is not SQL Server; {@link SqlServerSourceTest} is the real test where Docker is available.
 */
class SqlServerSourceH2Test {

    @Test
    void copiesSqlServerStyleDataIntoPostgreSql() throws Exception {
        String url = "jdbc:h2:mem:mssql_source;MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url)) {
            SqlServerSourceData.load(connection, true);
        }
        CopyDatabases databases = CopyDatabases.withSourceData("h2src", null);
        List<String> log = new ArrayList<>();

        CopyReport report = new DataCopier(ToolLog.lines(log::add)).copy(OpenImisEntities.all(),
                new ConnectionSettings("source", "openimis.source", url, "", ""), "PUBLIC", databases.targetSettings(),
                CopyOptions.builder().tables(SqlServerSourceData.TABLES)
                        .sourceTimeZone(ZoneId.of("Africa/Dar_es_Salaam")).build());

        assertEquals("committed", report.status());
        assertTrue(log.stream().anyMatch(l -> l.contains("read as local times in Africa/Dar_es_Salaam")), log::toString);
        assertCopied(databases);
    }

    /** What the SQL Server rows must look like in PostgreSQL. */
    static void assertCopied(CopyDatabases databases) throws Exception {
        try (Connection target = databases.target.connect(); Statement statement = target.createStatement()) {
            statement.execute("set time zone 'UTC'");
            assertEquals(List.of(
                            "1|a2bd0a25-54c6-4cbb-9cfa-a7c43ec6b5c1|Région Nord|2024-03-31 20:30:00+00",
                            "2|0e7d1b7c-9f4e-4b7a-8c1d-2e3f4a5b6c7d|Ngʼombe|2024-01-01 05:00:00+00"),
                    rows(statement, "select \"LocationId\" || '|' || \"LocationUUID\" || '|' || \"LocationName\" || '|' || "
                            + "\"ValidityFrom\"::text from \"tblLocations\" order by 1"));
            assertEquals(List.of("HF001|5f2c7a10-3b4d-4e5f-8a9b-0c1d2e3f4a5b|2|false|2024-02-29 09:00:00+00"),
                    rows(statement, "select \"HFCode\" || '|' || \"HfUUID\" || '|' || \"LocationId\" || '|' || \"OffLine\" "
                            + "|| '|' || \"ValidityFrom\"::text from \"tblHF\""));
            assertEquals(List.of("587|1"), rows(statement,
                    "select \"Port\" || '|' || \"EnableSSL\"::text from \"tblEmailSettings\""));
            assertEquals(List.of("3"), rows(statement,
                    "select nextval(pg_get_serial_sequence('\"tblLocations\"', 'LocationId'))::text"),
                    "the identity sequence continues after the copied keys");
        }
    }

    private static List<String> rows(Statement statement, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
