package org.openimis.schema.jdbc;

import org.junit.jupiter.api.Test;
import org.openimis.schema.testing.TestDatabase;

import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Connection failures in words, bounded waits, named sessions, and secrets that never appear in a message. */
class ConnectionSettingsTest {

    private static final String SECRET = "Zebra-Secret-42";

    @Test
    void secretsOfTheUrlAreMaskedWhereverTheSettingsArePrinted() {
        ConnectionSettings settings = new ConnectionSettings("source", "openimis.source",
                "jdbc:sqlserver://legacy:1433;databaseName=openimis;user=sa;password={" + SECRET + ";x};encrypt=false",
                "sa", SECRET);

        assertEquals("source jdbc:sqlserver://legacy:1433;databaseName=openimis;user=sa;password=****;encrypt=false as sa",
                settings.toString());
        assertEquals("jdbc:postgresql://h:5432/db?user=u&password=****&ssl=true",
                ConnectionSettings.maskUrl("jdbc:postgresql://h:5432/db?user=u&password=" + SECRET + "&ssl=true"));
        assertEquals("jdbc:postgresql://h/db?sslpassword=****", ConnectionSettings.maskUrl("jdbc:postgresql://h/db?sslpassword=x"));
        assertEquals("jdbc:postgresql://u:****@h/db", ConnectionSettings.maskUrl("jdbc:postgresql://u:" + SECRET + "@h/db"));
        assertEquals("error at **** in ****", settings.masked("error at " + SECRET + ";x in " + SECRET));
    }

    @Test
    void anUnknownHostIsSaidInWords() {
        String message = failure(new ConnectionSettings("target", "openimis.target",
                "jdbc:postgresql://no-such-host.invalid:5432/openimis?password=" + SECRET, "postgres", null));

        assertTrue(message.contains("the host is unknown"), message);
        assertTrue(message.contains("jdbc:postgresql://no-such-host.invalid:5432/openimis?password=****"), message);
        assertFalse(message.contains(SECRET), message);
    }

    @Test
    void aRefusedConnectionIsSaidInWords() {
        String message = failure(new ConnectionSettings("target", "openimis.target", "jdbc:postgresql://127.0.0.1:1/x",
                "postgres", SECRET));

        assertTrue(message.contains("the connection was refused: no database server listens at that host and port"), message);
        assertTrue(message.contains("Check openimis.target.url"), message);
        assertFalse(message.contains(SECRET), message);
    }

    /** A server that accepts the TCP connection and never answers: the login timeout ends the wait, with a message. */
    @Test
    void aServerThatNeverAnswersTimesOutWithAMessage() throws Exception {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (Exception closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            ConnectionSettings settings = new ConnectionSettings("target", "openimis.target",
                    "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/openimis?loginTimeout=2", "postgres", SECRET);

            String message = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> failure(settings));

            assertTrue(message.contains("did not answer"), message);
            assertFalse(message.contains(SECRET), message);
        } finally {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    void aMissingDatabaseIsSaidInWords() {
        TestDatabase server = TestDatabase.create("conn_missing");
        String url = server.url().replaceFirst("/conn_missing_[^/?]*", "/no_such_database_here");

        String message = failure(new ConnectionSettings("source", "openimis.source", url, server.user(), server.password()));

        assertTrue(message.contains("the database named in the URL does not exist on that server"), message);
    }

    @Test
    void aSqlServerUrlIsRefusedForATargetUpFront() {
        ConnectionSettings target = new ConnectionSettings("target", "openimis.target",
                "jdbc:sqlserver://legacy;databaseName=openimis;password=" + SECRET, "sa", SECRET);

        String message = assertThrows(IllegalArgumentException.class, target::requirePostgreSql).getMessage();

        assertTrue(message.startsWith("openimis.target.url must be a PostgreSQL JDBC URL"), message);
        assertTrue(message.contains("a SQL Server database can only be a source"), message);
        assertFalse(message.contains(SECRET), message);
    }

    @Test
    void withoutAUserTheMessageSaysWhichUserWasUsed() {
        String message = failure(new ConnectionSettings("target", "openimis.target", "jdbc:postgresql://127.0.0.1:1/x",
                null, null));

        assertTrue(message.contains("as " + System.getProperty("user.name")
                + " (no openimis.target.user set: the operating system's user)"), message);
    }

    @Test
    void sessionsAreNamedAndTheirTimeoutsBounded() throws Exception {
        TestDatabase database = TestDatabase.create("conn_named");
        ConnectionSettings settings = new ConnectionSettings("target", "openimis.target", database.url(), database.user(),
                database.password());
        try (Connection connection = settings.connect("openimis test session");
             Statement statement = connection.createStatement()) {
            Sessions.forLongJob(connection, 7);
            try (ResultSet rows = statement.executeQuery("select current_setting('application_name'), "
                    + "current_setting('lock_timeout'), current_setting('statement_timeout'), "
                    + "current_setting('idle_in_transaction_session_timeout')")) {
                rows.next();
                assertEquals("openimis test session", rows.getString(1));
                assertEquals("7s", rows.getString(2));
                assertEquals("0", rows.getString(3));
                assertEquals("0", rows.getString(4));
            }
        }
    }

    private static String failure(ConnectionSettings settings) {
        return assertThrows(IllegalStateException.class, settings::connect).getMessage();
    }
}
