package org.openimis.schema.copy;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;

/**
 * What a copy does besides copying.
 *
 * @param deleteData empty the target tables first (in the same transaction); without it a non-empty target is refused
 * @param historical copy history rows too; false skips rows whose ValidityTo lies in the past
 * @param orphans what to do with foreign key values that have no parent row
 * @param tables the tables to copy (empty: all entity tables)
 * @param dryRun print the plan and write nothing
 * @param batchSize rows fetched from the source at a time, and rows per chunk sent to the target
 * @param threads tables read and encoded at the same time (the target is written by one connection, in one transaction)
 * @param sourceTimeZone the zone in which source date-times without a zone (SQL Server datetime) were written
 * @param nulCharacters what to do with text holding NUL characters, which PostgreSQL refuses
 * @param report a file to write the JSON report to, or null
 * @param progressSeconds how often progress is logged
 */
public record CopyOptions(boolean deleteData, boolean historical, OrphanPolicy orphans, Set<String> tables,
                          boolean dryRun, int batchSize, int threads, ZoneId sourceTimeZone,
                          NulPolicy nulCharacters, Path report, int progressSeconds) {

    public static final ZoneId DEFAULT_SOURCE_TIME_ZONE = ZoneId.of("UTC");

    public CopyOptions {
        tables = Set.copyOf(tables);
        if (batchSize < 1) {
            throw new IllegalArgumentException("openimis.copy.batchSize must be at least 1, not " + batchSize);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("openimis.copy.threads must be at least 1, not " + threads);
        }
        if (progressSeconds < 1) {
            // the progress ticker's period: the scheduler refuses 0 with a message-less exception, mid-copy
            throw new IllegalArgumentException("openimis.copy.progressSeconds must be at least 1, not " + progressSeconds);
        }
    }

    /** The defaults: copy everything, refuse a non-empty target, fail on orphans and NUL characters. */
    public static CopyOptions defaults() {
        return new CopyOptions(false, true, OrphanPolicy.FAIL, Set.of(), false, 10_000, 2,
                DEFAULT_SOURCE_TIME_ZONE, NulPolicy.FAIL, null, 5);
    }

    public CopyOptions withDeleteData(boolean value) {
        return new CopyOptions(value, historical, orphans, tables, dryRun, batchSize, threads, sourceTimeZone, nulCharacters, report, progressSeconds);
    }

    public CopyOptions withHistorical(boolean value) {
        return new CopyOptions(deleteData, value, orphans, tables, dryRun, batchSize, threads, sourceTimeZone, nulCharacters, report, progressSeconds);
    }

    public CopyOptions withOrphans(OrphanPolicy value) {
        return new CopyOptions(deleteData, historical, value, tables, dryRun, batchSize, threads, sourceTimeZone, nulCharacters, report, progressSeconds);
    }

    public CopyOptions withTables(Set<String> value) {
        return new CopyOptions(deleteData, historical, orphans, value, dryRun, batchSize, threads, sourceTimeZone, nulCharacters, report, progressSeconds);
    }

    public CopyOptions withDryRun(boolean value) {
        return new CopyOptions(deleteData, historical, orphans, tables, value, batchSize, threads, sourceTimeZone, nulCharacters, report, progressSeconds);
    }

    public CopyOptions withBatchSize(int value) {
        return new CopyOptions(deleteData, historical, orphans, tables, dryRun, value, threads, sourceTimeZone, nulCharacters, report, progressSeconds);
    }

    public CopyOptions withThreads(int value) {
        return new CopyOptions(deleteData, historical, orphans, tables, dryRun, batchSize, value, sourceTimeZone, nulCharacters, report, progressSeconds);
    }

    public CopyOptions withSourceTimeZone(ZoneId value) {
        return new CopyOptions(deleteData, historical, orphans, tables, dryRun, batchSize, threads, value, nulCharacters, report, progressSeconds);
    }

    public CopyOptions withNulCharacters(NulPolicy value) {
        return new CopyOptions(deleteData, historical, orphans, tables, dryRun, batchSize, threads, sourceTimeZone, value, report, progressSeconds);
    }

    public CopyOptions withReport(Path value) {
        return new CopyOptions(deleteData, historical, orphans, tables, dryRun, batchSize, threads, sourceTimeZone, nulCharacters, value, progressSeconds);
    }

    public CopyOptions withProgressSeconds(int value) {
        return new CopyOptions(deleteData, historical, orphans, tables, dryRun, batchSize, threads, sourceTimeZone, nulCharacters, report, value);
    }
}
