package org.openimis.schema.copy;

import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.jdbc.SetAside;
import org.openimis.schema.jdbc.Sql;
import org.openimis.schema.log.Durations;
import org.openimis.schema.log.ToolLog;
import org.openimis.schema.model.SchemaModel;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Copies openIMIS data from a source database (SQL Server or PostgreSQL) into a PostgreSQL target built by
 * {@code apply}, through the entities' table model, in phases as pgloader names them: plan, prepare, copy (each table
 * verified as it is written), complete (indexes, orphans, foreign keys, sequences), commit. The target is written in
 * ONE transaction: the copy commits all it was asked to copy, or nothing.
 */
public final class DataCopier {

    private final ToolLog log;

    public DataCopier(ToolLog log) {
        this.log = log;
    }

    /**
     * Copies, or with {@code dryRun} only prints the plan. Whatever it throws, nothing was committed: {@link CopyException}
     * for a failed copy, IllegalArgumentException or IllegalStateException for a bad setting or a refused connection.
     */
    public CopyReport copy(List<Class<?>> entityClasses, ConnectionSettings sourceSettings, String sourceSchema,
                           ConnectionSettings targetSettings, CopyOptions options) {
        long start = System.nanoTime();
        CopyRun run = new CopyRun(options, log);
        targetSettings.requirePostgreSql();
        try (Source source = Source.open(sourceSettings, sourceSchema, options, Instant.now());
             Connection target = targetSettings.connect("openimis copy-data writer")) {
            log.info("Copying from the " + source + " to the " + targetSettings);
            source.refuseSameDatabaseAs(target, targetSettings);
            logSourceTimeZone(source, options);
            CopyPlan plan = run.phase("plan", () -> CopyPlanner.plan(SchemaModel.of(entityClasses), source, options));
            plan.warnings().forEach(run::warn);
            plan.parentsOutside().forEach(run::notice);
            if (options.dryRun()) {
                log.info(plan.describe());
                log.info("Target tables that already hold rows: " + TargetPreparation.nonEmptyTables(target, plan));
                log.info("Dry run: nothing was written.");
                return finish(run, "dry-run", null, start);
            }
            try {
                copyInTransaction(run, plan, source, target);
            } catch (RuntimeException | SQLException e) {
                Sql.rollbackQuietly(target);
                throw e;
            }
            finish(run, "committed", null, start);
            log.info(String.format(Locale.ROOT, "Copy committed: %,d rows in %.1f s", run.report.rowsWritten(),
                    run.report.seconds()));
            log.info("\n" + run.report.summary());
            return run.report;
        } catch (CopyException e) {
            fail(run, e.getMessage(), start);
            throw e;
        } catch (SQLException e) {
            String message = sourceSettings.masked(targetSettings.masked("The copy failed: " + e.getMessage()
                    + lockWait(e, options) + ". Nothing was committed to the target; run the copy again once the cause "
                    + "is fixed."));
            fail(run, message, start);
            throw new CopyException(message, e);
        } catch (RuntimeException e) {
            fail(run, e.getMessage(), start);
            throw e;
        }
    }

    /** What a lock timeout means, in words; nothing for another error. */
    private static String lockWait(SQLException e, CopyOptions options) {
        return TargetPreparation.LOCK_NOT_AVAILABLE.equals(e.getSQLState()) ? " (another session held a lock the copy "
                + "needed for more than " + options.lockTimeoutSeconds() + " s, " + options.setting("lockTimeout") + ")" : "";
    }

    /** The phases that write, all in the target's one transaction. */
    private void copyInTransaction(CopyRun run, CopyPlan plan, Source source, Connection target) throws SQLException {
        TargetPreparation.SetAsides setAside = run.phase("prepare", () -> TargetPreparation.prepare(target, plan, run));
        ReadBackVerifier verifier = new ReadBackVerifier(target.unwrap(PGConnection.class).getCopyAPI());
        long copyStart = System.nanoTime();
        run.report.add(new TableCopier(run).copyAll(plan, source, target, verifier));
        run.report.phase("copy", Durations.secondsSince(copyStart) - verifier.seconds());
        run.report.phase("verify", verifier.seconds());
        restore(run, "indexes", target, setAside.lookupIndexes(), "Rebuilt %d lookup indexes in %.1f s");
        Map<String, Long> nulled = run.phase("orphans", () -> new OrphanResolver(run).resolve(target, plan));
        run.report.orphansNulled(nulled);
        restore(run, "foreign keys", target, setAside.foreignKeys(), "Validated and restored %d foreign keys in %.1f s");
        int sequences = run.phase("sequences", () -> Sequences.reset(target, plan));
        log.info("Set " + sequences + " sequences past the copied values");
        run.phase("commit", () -> {
            target.commit();
            return null;
        });
    }

    private void restore(CopyRun run, String phase, Connection target, SetAside setAside, String done) throws SQLException {
        long start = System.nanoTime();
        try {
            run.phase(phase, () -> {
                setAside.restore(target);
                return null;
            });
        } catch (SQLException e) {
            throw new CopyException(e.getMessage() + ". Nothing was committed.", e);
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

    private void fail(CopyRun run, String message, long start) {
        try {
            finish(run, "failed", message, start);
        } catch (CopyException e) {
            log.warn(e.getMessage());
        }
    }
}
