package org.openimis.schema.copy;

import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.jdbc.Heartbeat;
import org.openimis.schema.jdbc.SetAside;
import org.openimis.schema.jdbc.Sql;
import org.openimis.schema.log.Durations;
import org.openimis.schema.log.Messages;
import org.openimis.schema.log.ToolLog;
import org.openimis.schema.model.SchemaModel;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Copies openIMIS data from a source database (SQL Server or PostgreSQL) into a PostgreSQL target built by
 * {@code apply}, through the entities' table model, in phases as pgloader names them: plan, preflight, prepare, copy
 * (each table verified as it is written), complete (keys, indexes, orphans, foreign keys, sequences, and the source
 * recheck where the source's readers share no snapshot), commit. A heartbeat per server ends the run if a server stops
 * answering. The target is written in ONE transaction: the copy commits all it was asked to copy, or nothing.
 */
public final class DataCopier {

    private static final String NOTHING_COMMITTED = "Nothing was committed.";

    private final ToolLog log;

    public DataCopier(ToolLog log) {
        this.log = log;
    }

    /**
     * Copies, or with {@code dryRun} only prints the plan. Whatever it throws, nothing was committed, and its message
     * ends saying so: {@link CopyException} for a failed copy, IllegalArgumentException or IllegalStateException for a
     * bad setting or a refused connection. The one exception: {@link CommitOutcomeUnknown} when the connection broke
     * during the commit itself, whose message says how to tell whether the copy was committed.
     */
    public CopyReport copy(List<Class<?>> entityClasses, ConnectionSettings sourceSettings, String sourceSchema,
                           ConnectionSettings targetSettings, CopyOptions options) {
        long start = System.nanoTime();
        CopyRun run = new CopyRun(options, log);
        targetSettings.requirePostgreSql();
        try (Heartbeat sourceHeartbeat = run.heartbeat(sourceSettings);
             Source source = Source.open(sourceSettings, sourceSchema, options, Instant.now(), sourceHeartbeat);
             Heartbeat targetHeartbeat = run.heartbeat(targetSettings);
             Connection target = targetHeartbeat.watch(targetSettings.connect("openimis copy-data writer"))) {
            log.info("Copying from the " + source + " to the " + targetSettings);
            source.refuseSameDatabaseAs(target, targetSettings);
            logSourceTimeZone(source, options);
            run.notice(source.consistency(options));
            log.info(options.heartbeatSeconds() == 0 ? "No heartbeat (" + options.setting("heartbeatSeconds") + "=0): "
                    + "a server that stops answering is waited for" : "Heartbeat: each server must answer within "
                    + options.heartbeatSeconds() + " s, every " + options.heartbeatSeconds() + " s ("
                    + options.setting("heartbeatSeconds") + ")");
            SchemaModel model = SchemaModel.of(entityClasses);
            TargetSchemaCheck.requireOpenImisSchema(target, targetSettings, model);
            CopyPlan plan = run.phase("plan", () -> CopyPlanner.plan(model, source, options));
            plan.warnings().forEach(run::warn);
            plan.parentsOutside().forEach(run::notice);
            run.report.skipped(plan.missingTables(), "not in the source");
            List<PreflightFinding> findings = preflight(run, plan, source);
            List<PreflightFinding> stops = findings.stream().filter(PreflightFinding::stopsTheRun).toList();
            if (options.dryRun()) {
                log.info(plan.describe());
                log.info("Target tables that already hold rows: " + TargetPreparation.nonEmptyTables(target, plan));
                log.info("Dry run: nothing was written." + (stops.isEmpty() ? ""
                        : " A copy would stop at the preflight: " + stops.size() + " finding(s) above."));
                return finish(run, "dry-run", null, start);
            }
            if (!stops.isEmpty()) {
                throw new CopyException(stopMessage(stops, options));
            }
            log.info(String.format(Locale.ROOT, "Copying %,d rows in %,d tables", plan.rowsToCopy(), plan.tables().size()));
            try {
                copyInTransaction(run, plan, source, target, targetSettings, findings);
            } catch (RuntimeException | SQLException e) {
                Sql.rollbackQuietly(target);
                throw e;
            }
        } catch (CommitOutcomeUnknown e) {
            fail(run, "unknown", e.getMessage(), start);
            throw e;
        } catch (RuntimeException | SQLException e) {
            RuntimeException failure = nothingCommitted(silentServer(run, e), options, sourceSettings, targetSettings);
            fail(run, "failed", failure.getMessage(), start);
            throw failure;
        }
        try {
            finish(run, "committed", null, start);
        } catch (CopyException e) {
            throw new CopyException(Messages.then(e.getMessage(), String.format(Locale.ROOT,
                    "The copy itself was committed: %,d rows.", run.report.rowsWritten())), e);
        }
        log.info(String.format(Locale.ROOT, "Copy committed: %,d rows in %.1f s", run.report.rowsWritten(),
                run.report.seconds()));
        log.info("\n" + run.report.summary());
        return run.report;
    }

    /**
     * The failure of a run that committed nothing, its message ending with "Nothing was committed." and no password of
     * either URL in it; its kind kept.
     */
    private static RuntimeException nothingCommitted(Exception e, CopyOptions options, ConnectionSettings source,
                                                     ConnectionSettings target) {
        if (e instanceof SQLException) {
            return new CopyException(source.masked(target.masked(Messages.then("The copy failed: " + e.getMessage()
                    + lockWait((SQLException) e, options), "Run the copy again once the cause is fixed. "
                    + NOTHING_COMMITTED))), e);
        }
        String message = source.masked(target.masked(Messages.endingWith(e.getMessage(), NOTHING_COMMITTED)));
        if (message.equals(e.getMessage())) {
            return (RuntimeException) e;
        }
        if (e instanceof IllegalArgumentException) {
            return new IllegalArgumentException(message, e);
        }
        if (e instanceof IllegalStateException) {
            return new IllegalStateException(message, e);
        }
        return new CopyException(message, e);
    }

    /** The failure as a server that stopped answering caused it (its connections aborted), or as it is. */
    private static Exception silentServer(CopyRun run, Exception e) {
        try {
            run.requireServersAnswering();
            return e;
        } catch (CopyException silent) {
            return silent;
        }
    }

    /** The preflight phase: its findings reported (all as warnings, those that stop the run marked) and returned. */
    private List<PreflightFinding> preflight(CopyRun run, CopyPlan plan, Source source) throws SQLException {
        List<PreflightFinding> findings = run.phase("preflight", () -> Preflight.run(plan, source, run));
        run.report.preflight(findings);
        findings.forEach(f -> log.warn("Preflight: " + f.describe() + (f.stopsTheRun() ? " [stops the copy]" : "")));
        if (findings.isEmpty()) {
            log.info("Preflight: every source value can be written exactly");
        }
        return findings;
    }

    private static String stopMessage(List<PreflightFinding> stops, CopyOptions options) {
        StringBuilder message = new StringBuilder("The preflight found source values that cannot be written exactly:");
        stops.forEach(f -> message.append("\n  ").append(f.describe()));
        message.append("\nClean these values in the source");
        if (stops.stream().anyMatch(f -> f.check() == PreflightCheck.ORPHAN)) {
            if (options.orphans() == OrphanPolicy.FAIL) {
                message.append(", copy their parent tables too, or set ").append(options.setting("orphans"))
                        .append("=null to write foreign key values without parent row as NULL");
            }
            if (!options.historical()) {
                message.append(" (history rows skipped by ").append(options.setting("historical"))
                        .append("=false may be their parents)");
            }
        }
        return message.append(", then run the copy again. Nothing was written. ").append(NOTHING_COMMITTED).toString();
    }

    /** What a lock timeout means, in words; nothing for another error. */
    private static String lockWait(SQLException e, CopyOptions options) {
        return TargetPreparation.LOCK_NOT_AVAILABLE.equals(e.getSQLState()) ? " (another session held a lock the copy "
                + "needed for more than " + options.lockTimeoutSeconds() + " s, " + options.setting("lockTimeout") + ")" : "";
    }

    /** The phases that write, all in the target's one transaction. */
    private void copyInTransaction(CopyRun run, CopyPlan plan, Source source, Connection target,
                                   ConnectionSettings targetSettings, List<PreflightFinding> findings)
            throws SQLException {
        TargetPreparation.SetAsides setAside = run.phase("prepare", () -> TargetPreparation.prepare(target, plan, run));
        ReadBackVerifier verifier = new ReadBackVerifier(target.unwrap(PGConnection.class).getCopyAPI());
        long copyStart = System.nanoTime();
        TableCopier copier = new TableCopier(run);
        run.report.add(copier.copyAll(plan, source, target, verifier, setAside.truncated()));
        run.report.phase("copy", Durations.secondsSince(copyStart) - verifier.seconds());
        run.report.phase("verify", verifier.seconds());
        restore(run, "keys", target, setAside.keys(), "Rebuilding primary and unique keys",
                "Rebuilt %,d primary and unique keys in %.1f s");
        restore(run, "indexes", target, setAside.lookupIndexes(), "Rebuilding lookup indexes",
                "Rebuilt %,d lookup indexes in %.1f s");
        Map<String, Long> nulled = run.phase("orphans", () -> new OrphanResolver(run).resolve(target, plan, findings));
        run.report.orphansNulled(nulled);
        restore(run, "foreign keys", target, setAside.foreignKeys(), "Validating and restoring foreign keys",
                "Validated and restored %,d foreign keys in %.1f s");
        int sequences = run.phase("sequences", () -> Sequences.reset(target, plan));
        log.info(String.format(Locale.ROOT, "Set %,d sequences past the copied values", sequences));
        if (!source.sharesOneSnapshot() && run.options.sourceRecheck()) {
            run.phase("source recheck", () -> {
                SourceRecheck.run(run, source, copier.sent());
                return null;
            });
            log.info("Source recheck: every copied table still holds what was copied");
        }
        run.requireServersAnswering();
        run.phase("commit", () -> {
            try {
                target.commit();
            } catch (SQLException e) {
                if (!CommitOutcomeUnknown.applies(e)) {
                    throw e; // the server refused the commit and rolled the transaction back
                }
                String silence = run.silence();
                throw new CommitOutcomeUnknown(targetSettings, largestTable(plan), silence != null ? silence
                        : e.getMessage(), e);
            }
            return null;
        });
    }

    /** The planned table with the most rows to copy: the one to look at when a commit's outcome is unknown. */
    private static String largestTable(CopyPlan plan) {
        return plan.tables().stream().max(Comparator.comparingLong(TablePlan::rowsToCopy)).map(TablePlan::name)
                .orElse("a copied table");
    }

    /** Restores what was set aside, with a progress line when the first statement starts and every progressSeconds. */
    private void restore(CopyRun run, String phase, Connection target, SetAside setAside, String doing, String done)
            throws SQLException {
        long start = System.nanoTime();
        long[] lastLine = {start - (long) (run.options.progressSeconds() * 1e9)};
        SetAside.Progress progress = (count, total, next) -> {
            log.debug(doing + ": " + next);
            if (System.nanoTime() - lastLine[0] >= run.options.progressSeconds() * 1e9) {
                lastLine[0] = System.nanoTime();
                log.info(String.format(Locale.ROOT, "%s: %,d of %,d done in %.1f s, now %s", doing, count, total,
                        Durations.secondsSince(start), next));
            }
        };
        try {
            run.phase(phase, () -> {
                setAside.restore(target, progress);
                return null;
            });
        } catch (SQLException e) {
            throw new CopyException(Messages.then(e.getMessage(), NOTHING_COMMITTED), e);
        }
        log.info(String.format(Locale.ROOT, done, setAside.size(), Durations.secondsSince(start)));
    }

    private void logSourceTimeZone(Source source, CopyOptions options) {
        if (source.kind() == SourceKind.SQLSERVER) {
            log.info("Source date-times without zone (SQL Server datetime) are read as local times in "
                    + options.sourceTimeZone() + " (" + options.setting("sourceTimeZone")
                    + (options.sourceTimeZone().equals(CopyOptions.DEFAULT_SOURCE_TIME_ZONE) ? ", the default" : "") + ")");
        }
    }

    private CopyReport finish(CopyRun run, String status, String error, long start) {
        run.report.finish(status, error, Durations.secondsSince(start));
        Path file = run.options.report();
        if (file != null) {
            try {
                run.report.writeTo(file);
                log.info("Report written to " + file);
            } catch (IOException e) {
                throw new CopyException("Cannot write the report " + file + " (" + run.options.setting("report") + "): "
                        + e.getMessage(), e);
            }
        }
        return run.report;
    }

    private void fail(CopyRun run, String status, String message, long start) {
        try {
            finish(run, status, message, start);
        } catch (CopyException e) {
            log.warn(e.getMessage());
        }
    }
}
