package org.openimis.schema.copy;

import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.jdbc.Heartbeat;
import org.openimis.schema.log.Durations;
import org.openimis.schema.log.ToolLog;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One run of the copier as its phases see it: the options, the log, the report that collects their results, what the
 * run is doing now and the heartbeats that watch its servers.
 */
final class CopyRun {

    /** A phase's work; it may fail with the database's error. */
    interface Step<T> {
        T run() throws SQLException;
    }

    final CopyOptions options;
    final ToolLog log;
    final CopyReport report = new CopyReport();
    private final List<Heartbeat> heartbeats = new CopyOnWriteArrayList<>();
    private volatile String doing = "start";

    CopyRun(CopyOptions options, ToolLog log) {
        this.options = options;
        this.log = log;
    }

    /** Runs a phase and records its time in the report, whether it succeeds or not. */
    <T> T phase(String name, Step<T> step) throws SQLException {
        long start = System.nanoTime();
        doing(name);
        try {
            return step.run();
        } finally {
            report.phase(name, Durations.secondsSince(start));
        }
    }

    /** What the run is doing now, for a message about a server that stopped answering: "copy of tblInsuree". */
    void doing(String what) {
        doing = what;
    }

    /** Starts watching a server (see {@link Heartbeat}); closed by the caller. */
    Heartbeat heartbeat(ConnectionSettings server) {
        Heartbeat heartbeat = Heartbeat.start(server, "openimis copy-data heartbeat", options.heartbeatSeconds());
        heartbeats.add(heartbeat);
        return heartbeat;
    }

    /** Fails, naming the server and what the run was doing, if a watched server stopped answering. */
    void requireServersAnswering() {
        String silence = silence();
        if (silence != null) {
            throw new CopyException(silence + " while the copy was at " + doing + ": its connections were closed so that "
                    + "the copy does not wait forever. Check the server and the network, then run the copy again.");
        }
    }

    /** Null while every watched server answers, else which one stopped: "The target server ... (setting=60)". */
    String silence() {
        for (Heartbeat heartbeat : heartbeats) {
            if (heartbeat.silence() != null) {
                ConnectionSettings server = heartbeat.server();
                return "The " + server.role() + " server " + server.maskedUrl() + " " + heartbeat.silence() + " ("
                        + options.setting("heartbeatSeconds") + "=" + options.heartbeatSeconds() + ")";
            }
        }
        return null;
    }

    /** Something an operator should read: data not copied as it is, or changed under a policy. */
    void warn(String message) {
        report.note(message);
        log.warn(message);
    }

    void notice(String message) {
        report.note(message);
        log.info(message);
    }
}
