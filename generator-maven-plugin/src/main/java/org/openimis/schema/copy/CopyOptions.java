package org.openimis.schema.copy;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;

/**
 * What a copy does besides copying. Built with {@link #builder()}: every option has a default.
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
 * @param legacyConventions write the legacy application's "none" values (tblClaim.FeedbackID = 0) as NULL
 * @param lockTimeoutSeconds the longest the copy waits for a lock another session holds, on the target or the source
 * @param sourceRecheck re-read a source whose readers share no snapshot (SQL Server) before commit, to catch writes
 * @param heartbeatSeconds how often each server must answer a trivial query on a connection of its own (0: never)
 * @param settingPrefix how the caller names these options in messages: {@code openimis.copy.} for the Maven goal
 */
public record CopyOptions(boolean deleteData, boolean historical, OrphanPolicy orphans, Set<String> tables,
                          boolean dryRun, int batchSize, int threads, ZoneId sourceTimeZone,
                          NulPolicy nulCharacters, Path report, int progressSeconds, boolean legacyConventions,
                          int lockTimeoutSeconds, boolean sourceRecheck, int heartbeatSeconds,
                          String settingPrefix) {

    public static final ZoneId DEFAULT_SOURCE_TIME_ZONE = ZoneId.of("UTC");
    /** Long enough for a short transaction of the running application to end, short enough to be noticed. */
    public static final int DEFAULT_LOCK_TIMEOUT_SECONDS = 60;
    /** Rare enough to cost nothing, often enough that a silent server ends the run within two minutes. */
    public static final int DEFAULT_HEARTBEAT_SECONDS = 60;

    public CopyOptions {
        tables = Set.copyOf(tables);
        settingPrefix = settingPrefix == null ? "" : settingPrefix;
        atLeastOne(batchSize, settingPrefix + "batchSize");
        atLeastOne(threads, settingPrefix + "threads");
        // the progress ticker's period: the scheduler refuses 0 with a message-less exception, mid-copy
        atLeastOne(progressSeconds, settingPrefix + "progressSeconds");
        atLeastOne(lockTimeoutSeconds, settingPrefix + "lockTimeout");
        if (heartbeatSeconds < 0) {
            throw new IllegalArgumentException(settingPrefix + "heartbeatSeconds must be 0 (no heartbeat) or more, not "
                    + heartbeatSeconds);
        }
    }

    /** The defaults: copy everything, refuse a non-empty target, fail on orphans and NUL characters. */
    public static CopyOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding the current values of these options, to change some of them. */
    public Builder toBuilder() {
        return new Builder().deleteData(deleteData).historical(historical).orphans(orphans).tables(tables)
                .dryRun(dryRun).batchSize(batchSize).threads(threads).sourceTimeZone(sourceTimeZone)
                .nulCharacters(nulCharacters).report(report).progressSeconds(progressSeconds)
                .legacyConventions(legacyConventions).lockTimeoutSeconds(lockTimeoutSeconds).sourceRecheck(sourceRecheck)
                .heartbeatSeconds(heartbeatSeconds).settingPrefix(settingPrefix);
    }

    /** An option's name as the caller's user knows it, for messages: {@code openimis.copy.orphans}. */
    public String setting(String option) {
        return settingPrefix + option;
    }

    private static void atLeastOne(int value, String setting) {
        if (value < 1) {
            throw new IllegalArgumentException(setting + " must be at least 1, not " + value);
        }
    }

    /** Collects options; unset ones keep their defaults. */
    public static final class Builder {
        private boolean deleteData;
        private boolean historical = true;
        private OrphanPolicy orphans = OrphanPolicy.FAIL;
        private Set<String> tables = Set.of();
        private boolean dryRun;
        private int batchSize = 10_000;
        private int threads = 2;
        private ZoneId sourceTimeZone = DEFAULT_SOURCE_TIME_ZONE;
        private NulPolicy nulCharacters = NulPolicy.FAIL;
        private Path report;
        private int progressSeconds = 5;
        private boolean legacyConventions = true;
        private int lockTimeoutSeconds = DEFAULT_LOCK_TIMEOUT_SECONDS;
        private boolean sourceRecheck = true;
        private int heartbeatSeconds = DEFAULT_HEARTBEAT_SECONDS;
        private String settingPrefix = "";

        private Builder() {
        }

        public Builder deleteData(boolean value) {
            deleteData = value;
            return this;
        }

        public Builder historical(boolean value) {
            historical = value;
            return this;
        }

        public Builder orphans(OrphanPolicy value) {
            orphans = value;
            return this;
        }

        public Builder tables(Set<String> value) {
            tables = value;
            return this;
        }

        public Builder dryRun(boolean value) {
            dryRun = value;
            return this;
        }

        public Builder batchSize(int value) {
            batchSize = value;
            return this;
        }

        public Builder threads(int value) {
            threads = value;
            return this;
        }

        public Builder sourceTimeZone(ZoneId value) {
            sourceTimeZone = value;
            return this;
        }

        public Builder nulCharacters(NulPolicy value) {
            nulCharacters = value;
            return this;
        }

        public Builder report(Path value) {
            report = value;
            return this;
        }

        public Builder progressSeconds(int value) {
            progressSeconds = value;
            return this;
        }

        public Builder legacyConventions(boolean value) {
            legacyConventions = value;
            return this;
        }

        public Builder lockTimeoutSeconds(int value) {
            lockTimeoutSeconds = value;
            return this;
        }

        public Builder sourceRecheck(boolean value) {
            sourceRecheck = value;
            return this;
        }

        public Builder heartbeatSeconds(int value) {
            heartbeatSeconds = value;
            return this;
        }

        public Builder settingPrefix(String value) {
            settingPrefix = value;
            return this;
        }

        public CopyOptions build() {
            return new CopyOptions(deleteData, historical, orphans, tables, dryRun, batchSize, threads, sourceTimeZone,
                    nulCharacters, report, progressSeconds, legacyConventions, lockTimeoutSeconds, sourceRecheck,
                    heartbeatSeconds, settingPrefix);
        }
    }
}
