package org.openimis.schema.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for tests: the server given by the system property {@code openimis.test.url} (a JDBC URL of a
 * database the tests may create databases from, with {@code openimis.test.user} and {@code openimis.test.password}),
 * or else an embedded server started once per test JVM. Each test asks for a fresh database of its own.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Server server;

    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** A new, empty database named after the prefix. */
    public static TestDatabase create(String prefix) {
        Server s = server();
        String name = (prefix + "_" + COUNTER.incrementAndGet() + "_" + ProcessHandle.current().pid()).toLowerCase();
        try (Connection admin = DriverManager.getConnection(s.adminUrl, s.user, s.password);
             Statement statement = admin.createStatement()) {
            statement.execute("create database \"" + name + "\"");
            s.created.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + ": " + e.getMessage(), e);
        }
        return new TestDatabase(s.urlOf(name), s.user, s.password);
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** A connection in UTC, as the SQL cases expect. */
    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("options", "-c TimeZone=UTC");
        return DriverManager.getConnection(url, properties);
    }

    private static synchronized Server server() {
        if (server == null) {
            String external = System.getProperty("openimis.test.url");
            if (external != null && !external.isBlank()) {
                server = new Server(external, System.getProperty("openimis.test.user", "postgres"),
                        System.getProperty("openimis.test.password", ""));
                Runtime.getRuntime().addShutdownHook(new Thread(server::dropCreated));
            } else {
                server = embedded();
            }
        }
        return server;
    }

    private static Server embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going down; the temporary data directory is removed with it
                }
            }));
            return new Server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private record Server(String adminUrl, String user, String password, List<String> created) {
        Server(String adminUrl, String user, String password) {
            this(adminUrl, user, password, new CopyOnWriteArrayList<>());
        }

        /** Drops the databases the tests created on an external server (an embedded one goes away whole). */
        void dropCreated() {
            try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                 Statement statement = admin.createStatement()) {
                for (String name : created) {
                    statement.execute("drop database if exists \"" + name + "\" with (force)");
                }
            } catch (SQLException e) {
                System.err.println("Could not drop the test databases " + created + ": " + e.getMessage());
            }
        }

        String urlOf(String database) {
            int slash = adminUrl.lastIndexOf('/');
            int query = adminUrl.indexOf('?', slash);
            return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
        }
    }
}
