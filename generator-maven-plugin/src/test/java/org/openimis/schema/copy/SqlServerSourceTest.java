package org.openimis.schema.copy;

import org.openimis.schema.log.ToolLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.testing.SkipWithoutDocker;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mssqlserver.MSSQLServerContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL Server to PostgreSQL on a real SQL Server (Testcontainers), loaded from openimis-sqlserver.sql with data in SQL
 * Server's own types; skipped, with its reason printed, where there is no Docker. {@link SqlServerSourceH2Test} runs
 * the same data through H2 as a smoke test.
 */
@ExtendWith(SkipWithoutDocker.class)
@Testcontainers(disabledWithoutDocker = true)
class SqlServerSourceTest {

    @Container
    private static final MSSQLServerContainer SQL_SERVER =
            new MSSQLServerContainer("mcr.microsoft.com/mssql/server:2022-latest").acceptLicense();

    @Test
    void copiesSqlServerTypesIntoPostgreSql() throws Exception {
        try (Connection admin = DriverManager.getConnection(SQL_SERVER.getJdbcUrl(), SQL_SERVER.getUsername(),
                SQL_SERVER.getPassword()); Statement statement = admin.createStatement()) {
            statement.execute("create database [openimis]");
        }
        String url = SQL_SERVER.getJdbcUrl() + ";databaseName=openimis";
        try (Connection connection = DriverManager.getConnection(url, SQL_SERVER.getUsername(), SQL_SERVER.getPassword())) {
            SqlServerSourceData.load(connection, false);
        }
        CopyDatabases databases = CopyDatabases.withSourceData("mssql", null);
        List<String> log = new ArrayList<>();

        new DataCopier(ToolLog.lines(log::add)).copy(OpenImisEntities.all(),
                new ConnectionSettings("source", "openimis.source", url, SQL_SERVER.getUsername(), SQL_SERVER.getPassword()),
                "dbo", databases.targetSettings(),
                CopyOptions.builder().tables(SqlServerSourceData.TABLES)
                        .sourceTimeZone(ZoneId.of("Africa/Dar_es_Salaam")).build());

        SqlServerSourceH2Test.assertCopied(databases);
    }
}
