package org.openimis.schema.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The committed schema files of the repository, and running SQL text on a connection. */
public final class SqlScripts {

    /** The repository's schema/ folder (tests run in their module's folder, one level below the repository root). */
    public static final Path SCHEMA_DIRECTORY = Path.of("..", "schema").toAbsolutePath().normalize();

    private SqlScripts() {
    }

    public static String committed(String fileName) {
        try {
            return Files.readString(SCHEMA_DIRECTORY.resolve(fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a whole script in one transaction (the driver splits it into statements). */
    public static void run(Connection connection, String sql) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
