package org.openimis.schema.jdbc;

import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches one database server during a long job without bounding the job's own statements: every {@code seconds} a
 * connection of its own runs {@code select 1}, which must be answered within {@code seconds} (a socket timeout on that
 * connection only). When it is not, every watched connection is aborted, so that threads blocked on the server wake
 * with an error instead of waiting forever. A heartbeat session that fails otherwise (ended by an administrator or an
 * idle timeout) is replaced once before the server counts as silent. With {@code seconds} 0 nothing is watched.
 */
public final class Heartbeat implements AutoCloseable {

    private final ConnectionSettings server;
    private final String applicationName;
    private final int seconds;
    private final Set<Connection> watched = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;
    private volatile Connection connection;
    private volatile String silence;

    private Heartbeat(ConnectionSettings server, String applicationName, int seconds) {
        this.server = server;
        this.applicationName = applicationName;
        this.seconds = seconds;
        if (seconds == 0) {
            timer = null;
            return;
        }
        connection = open();
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, applicationName);
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::beat, seconds, seconds, TimeUnit.SECONDS);
    }

    /** Connects the heartbeat's own session and starts it; with {@code seconds} 0 returns one that watches nothing. */
    public static Heartbeat start(ConnectionSettings server, String applicationName, int seconds) {
        return new Heartbeat(server, applicationName, seconds);
    }

    /** Work done on one connection. */
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    /**
     * Connects as {@code applicationName}, does the work on that connection watched by a heartbeat of {@code seconds}
     * (0: none, negative refused naming {@code setting}) and closes it. A server that stops answering fails the work
     * with {@link ServerStoppedAnswering}: "The database ... did not answer the heartbeat within 60 s (setting=60)
     * while {@code doing}."; a connection lost otherwise with an IllegalStateException naming the server.
     */
    public static <T> T watched(ConnectionSettings server, String applicationName, int seconds, String setting,
                                String doing, Work<T> work) {
        if (seconds < 0) {
            throw new IllegalArgumentException(setting + " must be 0 (no heartbeat) or more, not " + seconds);
        }
        try (Heartbeat heartbeat = start(server, applicationName + " heartbeat", seconds);
             Connection connection = heartbeat.watch(server.connect(applicationName))) {
            try {
                return work.on(connection);
            } catch (RuntimeException | SQLException e) {
                if (heartbeat.silence() == null) {
                    throw e;
                }
                throw new ServerStoppedAnswering(server.masked("The " + server + " " + heartbeat.silence() + " ("
                        + setting + "=" + seconds + ") while " + doing + "."), e);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(server.masked("Lost the connection to the " + server + " while " + doing
                    + ": " + e.getMessage()), e);
        }
    }

    /** Registers a connection to abort when the server stops answering; returns it. */
    public Connection watch(Connection work) {
        watched.add(work);
        if (silence != null) {
            abortQuietly(work);
        }
        return work;
    }

    /** Stops watching a connection the job has closed. */
    public void unwatch(Connection work) {
        watched.remove(work);
    }

    /** Null while the server answers; otherwise what happened, e.g. "did not answer the heartbeat within 60 s". */
    public String silence() {
        return silence;
    }

    public ConnectionSettings server() {
        return server;
    }

    private void beat() {
        try {
            ask(connection);
        } catch (SQLException e) {
            abortQuietly(connection);
            if (timedOut(e)) {
                silent("did not answer the heartbeat within " + seconds + " s");
                return;
            }
            try {
                connection = open();
                ask(connection);
            } catch (SQLException | RuntimeException again) {
                silent("did not answer the heartbeat (" + server.masked(again.getMessage()) + ")");
            }
        }
    }

    private void silent(String what) {
        silence = what;
        watched.forEach(Heartbeat::abortQuietly);
        timer.shutdown();
    }

    private Connection open() {
        Connection opened = server.connect(applicationName);
        try {
            opened.setNetworkTimeout(Runnable::run, seconds * 1000);
            return opened;
        } catch (SQLException e) {
            Sql.closeQuietly(opened);
            throw new IllegalStateException(server.masked("Cannot bound the heartbeat's round trips to the " + server
                    + ": " + e.getMessage()), e);
        }
    }

    private static void ask(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select 1");
        }
    }

    private static boolean timedOut(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (cause instanceof SocketTimeoutException || message.contains("timed out")) {
                return true;
            }
        }
        return false;
    }

    private static void abortQuietly(Connection connection) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException ignored) {
            // already closed: nothing left to wake
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            if (silence == null) {
                Sql.closeQuietly(connection);
            }
        }
    }
}
