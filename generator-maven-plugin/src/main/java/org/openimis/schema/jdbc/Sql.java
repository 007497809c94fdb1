package org.openimis.schema.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The few JDBC steps the tools repeat: quoting identifiers, running statements, reading one value or one column. */
public final class Sql {

    private Sql() {
    }

    /** A PostgreSQL identifier in double quotes, embedded quotes doubled. */
    public static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** Runs the statements in order on one statement object. */
    public static void execute(Connection connection, String... statements) throws SQLException {
        execute(connection, List.of(statements));
    }

    public static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** The first column of the first row of a query, as a number (a count). */
    public static long queryLong(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The first column of every row of a query, as text. */
    public static List<String> queryStrings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Rolls back, keeping quiet: the error that led here is the one to report, and the server rolls back anyway. */
    public static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // a lost connection rolls back on the server
        }
    }

    /** Closes, keeping quiet: used after a failure that is reported instead. */
    public static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // the failure that led here is the one reported
        }
    }
}
