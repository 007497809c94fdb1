package org.openimis.schema.examples.springboot;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tests' database: an embedded PostgreSQL 17, started once per JVM and built as {@code openimis:apply} builds
 * one, from the complete schema script of the repository in one transaction; then the example's rows.
 */
final class OpenImisTestDatabase {

    private static String jdbcUrl;

    private OpenImisTestDatabase() {
    }

    /** The JDBC URL of the built database (user postgres, no password). */
    static synchronized String jdbcUrl() {
        if (jdbcUrl == null) {
            jdbcUrl = start();
        }
        return jdbcUrl;
    }

    private static String start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going down; the temporary data directory goes with it
                }
            }));
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                runInOneTransaction(connection, "openimis-postgresql.sql");
                runInOneTransaction(connection, "test-data.sql");
            }
            return postgres.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot build the test database: " + e.getMessage(), e);
        }
    }

    /** Runs a script of the test classpath as one statement batch (the driver splits it), committed as a whole. */
    private static void runInOneTransaction(Connection connection, String resource) throws SQLException, IOException {
        String sql;
        try (InputStream in = OpenImisTestDatabase.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException(resource + ": " + e.getMessage(), e.getSQLState(), e);
        }
    }
}
