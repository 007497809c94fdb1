package org.openimis.schema.ddl;

import org.junit.jupiter.api.Test;

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
 * A smoke test of openimis-sqlserver.sql on H2 in its SQL Server compatibility mode: every statement parses and runs,
 * and the 84 tables and all foreign keys exist afterwards. H2 is not SQL Server, so this is no proof that SQL Server
 * accepts the script (SqlServerScriptContainerTest is, where Docker is available); one construct is rewritten for H2,
 * see {@link SqlServerScriptStatements#forH2(String)}.
 */
class SqlServerScriptH2Test {

    private static final String URL = "jdbc:h2:mem:openimis_sqlserver;MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE";

    @Test
    void everyStatementRunsAndCreatesTheTables() throws SQLException {
        List<String> statements = SqlServerScriptStatements.all();
        try (Connection connection = DriverManager.getConnection(URL); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                try {
                    statement.execute(SqlServerScriptStatements.forH2(sql));
                } catch (SQLException e) {
                    fail("H2 rejects: " + sql + "\n" + e.getMessage(), e);
                }
            }
            Set<String> tables = names(statement, "select TABLE_NAME from INFORMATION_SCHEMA.TABLES"
                    + " where TABLE_SCHEMA = 'PUBLIC' and TABLE_TYPE = 'BASE TABLE'");
            assertEquals(SqlServerScriptStatements.TABLE_COUNT, tables.size());
            assertEquals(SqlServerScriptStatements.tableNames(statements), tables);
            assertEquals(SqlServerScriptStatements.foreignKeyCount(statements), names(statement,
                    "select CONSTRAINT_NAME from INFORMATION_SCHEMA.TABLE_CONSTRAINTS where CONSTRAINT_TYPE = 'FOREIGN KEY'").size());
        }
    }

    private static Set<String> names(Statement statement, String query) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
