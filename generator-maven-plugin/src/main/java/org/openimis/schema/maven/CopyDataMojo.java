package org.openimis.schema.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.openimis.schema.copy.CopyOptions;
import org.openimis.schema.copy.DataCopier;
import org.openimis.schema.copy.NulPolicy;
import org.openimis.schema.copy.OrphanPolicy;
import org.openimis.schema.entities.OpenImisEntities;

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

    /** Empty the target tables first, in the copy's transaction; without it a non-empty target is refused. */
    @Parameter(property = "openimis.copy.deleteData", defaultValue = "false")
    private boolean deleteData;

    /** Copy history rows too; false skips rows whose ValidityTo lies in the past. */
    @Parameter(property = "openimis.copy.historical", defaultValue = "true")
    private boolean historical;

    /** fail (default) or null: what to do with foreign key values that have no parent row. */
    @Parameter(property = "openimis.copy.orphans", defaultValue = "fail")
    private String orphans;

    /** The tables to copy (comma-separated, e.g. tblLocations,tblHF); all entity tables when empty. */
    @Parameter(property = "openimis.copy.tables")
    private List<String> tables;

    /** Print the plan (table order, source row counts, column differences, rows skipped); write nothing. */
    @Parameter(property = "openimis.copy.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** Rows fetched from the source at a time. */
    @Parameter(property = "openimis.copy.batchSize", defaultValue = "10000")
    private int batchSize;

    /** Tables read and encoded at the same time. */
    @Parameter(property = "openimis.copy.threads", defaultValue = "2")
    private int threads;

    /** The zone SQL Server datetime values were written in (default UTC). */
    @Parameter(property = "openimis.copy.sourceTimeZone", defaultValue = "UTC")
    private String sourceTimeZone;

    /** fail (default) or strip: what to do with text holding NUL characters. */
    @Parameter(property = "openimis.copy.nulCharacters", defaultValue = "fail")
    private String nulCharacters;

    /** A file to write the JSON report to. */
    @Parameter(property = "openimis.copy.report")
    private File report;

    /** Seconds between progress lines. */
    @Parameter(property = "openimis.copy.progressSeconds", defaultValue = "5")
    private int progressSeconds;

    /** Seconds the copy waits at most for a lock another session holds (then it fails naming that session). */
    @Parameter(property = "openimis.copy.lockTimeout", defaultValue = "60")
    private int lockTimeout;

    @Override
    protected void run() throws MojoExecutionException {
        CopyOptions options = CopyOptions.builder()
                .settingPrefix(PREFIX)
                .deleteData(deleteData)
                .historical(historical)
                .orphans(OrphanPolicy.of(orphans, PREFIX + "orphans"))
                .tables(tables == null ? Set.of() : Set.copyOf(tables))
                .dryRun(dryRun)
                .batchSize(batchSize)
                .threads(threads)
                .sourceTimeZone(zone())
                .nulCharacters(NulPolicy.of(nulCharacters, PREFIX + "nulCharacters"))
                .report(report == null ? null : report.toPath())
                .progressSeconds(progressSeconds)
                .lockTimeoutSeconds(lockTimeout)
                .build();
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

    private ZoneId zone() {
        try {
            return ZoneId.of(sourceTimeZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(PREFIX + "sourceTimeZone '" + sourceTimeZone + "' is no time zone: "
                    + "use a region such as Africa/Dar_es_Salaam, or UTC", e);
        }
    }
}
