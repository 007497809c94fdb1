package org.openimis.schema.ddl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openimis.schema.testing.SkipWithoutDocker;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mssqlserver.MSSQLServerContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * openimis-sqlserver.sql runs unchanged on a real SQL Server (a Testcontainers container, which accepts the Microsoft
 * SQL Server EULA for the image) and creates the 84 tables; skipped, with the reason, where Docker is not available.
 */
@ExtendWith(SkipWithoutDocker.class)
@Testcontainers(disabledWithoutDocker = true)
class SqlServerScriptContainerTest {

    @Container
    private static final MSSQLServerContainer SQL_SERVER =
            new MSSQLServerContainer("mcr.microsoft.com/mssql/server:2022-latest").acceptLicense();

    @Test
    void scriptCreatesTheTables() throws SQLException {
        try (Connection admin = connect(SQL_SERVER.getJdbcUrl()); Statement statement = admin.createStatement()) {
            statement.execute("create database [openimis]");
        }
        List<String> statements = SqlServerScriptStatements.all();
        try (Connection connection = connect(SQL_SERVER.getJdbcUrl() + ";databaseName=openimis");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    fail("SQL Server rejects: " + sql + "\n" + e.getMessage(), e);
                }
            }
            Set<String> tables = new TreeSet<>();
            try (ResultSet rows = statement.executeQuery(
                    "select TABLE_NAME from INFORMATION_SCHEMA.TABLES where TABLE_TYPE = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            assertEquals(SqlServerScriptStatements.TABLE_COUNT, tables.size());
            assertEquals(SqlServerScriptStatements.tableNames(statements), tables);
        }
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, SQL_SERVER.getUsername(), SQL_SERVER.getPassword());
    }
}
