package org.openimis.schema.copy;

import org.openimis.schema.log.Durations;
import org.openimis.schema.log.ToolLog;

import java.sql.SQLException;

/** One run of the copier as its phases see it: the options, the log, and the report that collects their results. */
final class CopyRun {

    /** A phase's work; it may fail with the database's error. */
    interface Step<T> {
        T run() throws SQLException;
    }

    final CopyOptions options;
    final ToolLog log;
    final CopyReport report = new CopyReport();

    CopyRun(CopyOptions options, ToolLog log) {
        this.options = options;
        this.log = log;
    }

    /** Runs a phase and records its time in the report, whether it succeeds or not. */
    <T> T phase(String name, Step<T> step) throws SQLException {
        long start = System.nanoTime();
        try {
            return step.run();
        } finally {
            report.phase(name, Durations.secondsSince(start));
        }
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
