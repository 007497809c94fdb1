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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A smoke test of openimis-sqlserver.sql on H2 in its SQL Server compatibility mode: every statement parses and runs,
 * and the 84 tables and all foreign keys exist afterwards. H2 is not SQL Server, so this is no proof that SQL Server
 * accepts the script (SqlServerScriptContainerTest is, where Docker is available); one construct is rewritten for H2,
 * see {@link #forH2(String)}.
 */
class SqlServerScriptH2Test {

    private static final String URL = "jdbc:h2:mem:openimis_sqlserver;MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE";

    /** {@code create unique nonclustered index [name] on [table] (columns) where condition}. */
    private static final Pattern FILTERED_UNIQUE_INDEX = Pattern.compile(
            "(?s)create unique nonclustered index (\\[[^\\]]+\\])\\s+on (\\[[^\\]]+\\]) \\(([^)]+)\\) where (.+)");

    @Test
    void everyStatementRunsAndCreatesTheTables() throws SQLException {
        List<String> statements = SqlServerScriptStatements.all();
        try (Connection connection = DriverManager.getConnection(URL); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                try {
                    statement.execute(forH2(sql));
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

    /**
     * H2 has no filtered index (nor "nonclustered"). SQL Server's {@code create unique nonclustered index ... where c is
     * not null} only lets several rows have NULL in c, which an H2 unique index allows anyway (NULLs are distinct), so
     * for H2 it becomes a plain unique index. Any other filter fails the test rather than being dropped.
     */
    static String forH2(String statement) {
        Matcher matcher = FILTERED_UNIQUE_INDEX.matcher(statement);
        if (!matcher.matches()) {
            return statement;
        }
        String columns = matcher.group(3);
        String notNullFilter = List.of(columns.split(", ")).stream()
                .map(column -> column + " is not null").collect(Collectors.joining(" and "));
        assertEquals(notNullFilter, matcher.group(4), "only a NOT NULL filter on the index columns can be left out for H2");
        return "create unique index " + matcher.group(1) + " on " + matcher.group(2) + " (" + columns + ")";
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
