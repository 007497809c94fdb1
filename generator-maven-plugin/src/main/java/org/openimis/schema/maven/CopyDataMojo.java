package org.openimis.schema.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.openimis.schema.copy.CommitOutcomeUnknown;
import org.openimis.schema.copy.CopyOptions;
import org.openimis.schema.copy.DataCopier;
import org.openimis.schema.copy.NulPolicy;
import org.openimis.schema.copy.OrphanPolicy;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.settings.SettingValues;

import java.io.File;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Copies openIMIS data from SQL Server or PostgreSQL into a PostgreSQL database built by apply; runs without a project.
 * The databases' URLs and passwords are {@code -D} properties read from the session, not goal parameters (so that
 * {@code mvn -X} never prints them): {@code openimis.source.url}, {@code openimis.source.password},
 * {@code openimis.target.url}, {@code openimis.target.password}; or user and password from a settings.xml server.
 */
@Mojo(name = "copy-data", requiresProject = false, threadSafe = true)
public class CopyDataMojo extends AbstractOpenImisMojo {

    private static final String PREFIX = "openimis.copy.";

    /** The source database user (or take it from openimis.source.serverId). */
    @Parameter(property = "openimis.source.user")
    private String sourceUser;

    /** A settings.xml server with the source's user and password. */
    @Parameter(property = "openimis.source.serverId")
    private String sourceServerId;

    /** The source schema (default dbo on SQL Server, public on PostgreSQL). */
    @Parameter(property = "openimis.source.schema")
    private String sourceSchema;

    /** The target database user (or take it from openimis.target.serverId). */
    @Parameter(property = "openimis.target.user")
    private String targetUser;

    /** A settings.xml server with the target's user and password. */
    @Parameter(property = "openimis.target.serverId")
    private String targetServerId;

    /** true: empty the target tables first, in the copy's transaction; false: a non-empty target is refused. */
    @Parameter(property = "openimis.copy.deleteData", defaultValue = "false")
    private String deleteData;

    /** true: copy history rows too; false: skip rows whose ValidityTo lies in the past (counted per table). */
    @Parameter(property = "openimis.copy.historical", defaultValue = "true")
    private String historical;

    /** What to do with foreign key values that have no parent row: fail (stop the run) or null (set them to NULL). */
    @Parameter(property = "openimis.copy.orphans", defaultValue = "fail")
    private String orphans;

    /** The tables to copy (comma-separated, e.g. tblLocations,tblHF); all entity tables when not set. */
    @Parameter(property = "openimis.copy.tables")
    private List<String> tables;

    /** true: print the plan (table order, source row counts, column differences, rows skipped) and write nothing. */
    @Parameter(property = "openimis.copy.dryRun", defaultValue = "false")
    private String dryRun;

    /** Rows fetched from the source at a time. */
    @Parameter(property = "openimis.copy.batchSize", defaultValue = "10000")
    private int batchSize;

    /** Tables read and encoded at the same time (the target is written by one connection). */
    @Parameter(property = "openimis.copy.threads", defaultValue = "2")
    private int threads;

    /** The time zone the legacy server wrote SQL Server datetime values in, e.g. Africa/Dar_es_Salaam. */
    @Parameter(property = "openimis.copy.sourceTimeZone", defaultValue = "UTC")
    private String sourceTimeZone;

    /** What to do with text holding NUL characters, which PostgreSQL refuses: fail (naming the row) or strip them. */
    @Parameter(property = "openimis.copy.nulCharacters", defaultValue = "fail")
    private String nulCharacters;

    /** A file to write the JSON report (status, counts per table, phase times) to; none when not set. */
    @Parameter(property = "openimis.copy.report")
    private File report;

    /** true (default) or false: write the legacy application's "none" values (tblClaim.FeedbackID = 0) as NULL, counted in the report. */
    @Parameter(property = "openimis.copy.legacyConventions", defaultValue = "true")
    private String legacyConventions;

    /** Seconds between progress lines (rows of the table and of the whole run, rate, ETA). */
    @Parameter(property = "openimis.copy.progressSeconds", defaultValue = "5")
    private int progressSeconds;

    /** Seconds the copy waits at most for a lock another session holds (then it fails naming that session). */
    @Parameter(property = "openimis.copy.lockTimeout", defaultValue = "60")
    private int lockTimeout;

    /**
     * true (default) or false: read a SQL Server source again before the target commits and fail if any copied table
     * changed meanwhile (a PostgreSQL source is read in one snapshot and needs no recheck).
     */
    @Parameter(property = "openimis.copy.sourceRecheck", defaultValue = "true")
    private String sourceRecheck;

    /**
     * Seconds within which each server must answer a trivial query on a connection of its own, asked every as many
     * seconds; a server that does not fails the run instead of leaving it waiting. 0 turns the heartbeat off.
     */
    @Parameter(property = "openimis.copy.heartbeatSeconds", defaultValue = "60")
    private int heartbeatSeconds;

    @Override
    protected void run() throws MojoExecutionException {
        CopyOptions options = CopyOptions.builder()
                .settingPrefix(PREFIX)
                .deleteData(SettingValues.bool(PREFIX + "deleteData", deleteData))
                .historical(SettingValues.bool(PREFIX + "historical", historical))
                .orphans(OrphanPolicy.of(orphans, PREFIX + "orphans"))
                .tables(Set.copyOf(SettingValues.list(tables)))
                .dryRun(SettingValues.bool(PREFIX + "dryRun", dryRun))
                .batchSize(batchSize)
                .threads(threads)
                .sourceTimeZone(zone())
                .nulCharacters(NulPolicy.of(nulCharacters, PREFIX + "nulCharacters"))
                .report(report == null ? null : report.toPath())
                .progressSeconds(progressSeconds)
                .legacyConventions(SettingValues.bool(PREFIX + "legacyConventions", legacyConventions))
                .lockTimeoutSeconds(lockTimeout)
                .sourceRecheck(SettingValues.bool(PREFIX + "sourceRecheck", sourceRecheck))
                .heartbeatSeconds(heartbeatSeconds)
                .build();
        getLog().info(options.dryRun()
                ? "Dry run (" + PREFIX + "dryRun=true): the plan is printed, nothing is written to the target."
                : "This run WRITES to the target, in one transaction: all tables or nothing is committed.");
        new DataCopier(toolLog()).copy(OpenImisEntities.all(),
                connection("source", "openimis.source",
                        new DatabaseParameters(sessionProperty("openimis.source.url"), sourceUser,
                                sessionProperty("openimis.source.password"), sourceServerId)),
                sourceSchema,
                connection("target", "openimis.target",
                        new DatabaseParameters(sessionProperty("openimis.target.url"), targetUser,
                                sessionProperty("openimis.target.password"), targetServerId)),
                options);
    }

    @Override
    protected String outcomeOfFailure(Exception failure) {
        return failure instanceof CommitOutcomeUnknown ? null : "Nothing was committed.";
    }

    @Override
    protected Set<String> sessionProperties() {
        return Set.of("openimis.source.url", "openimis.source.password", "openimis.target.url", "openimis.target.password");
    }

    private ZoneId zone() {
        try {
            return ZoneId.of(sourceTimeZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(PREFIX + "sourceTimeZone '" + sourceTimeZone + "' is no time zone: "
                    + "use a region such as Africa/Dar_es_Salaam, or UTC", e);
        }
    }
}
