package org.openimis.schema.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.openimis.schema.ddl.DdlTarget;
import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.script.SchemaScript;
import org.openimis.schema.settings.SettingValues;
import org.openimis.schema.verify.DatabaseVerifier;
import org.openimis.schema.verify.IgnorePatterns;
import org.openimis.schema.verify.VerifyReport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.List;

/**
 * Compares a live PostgreSQL schema with the openIMIS model (entities and sql-extras, with those a project adds),
 * names every difference and can write the SQL that fixes them; changes nothing in the database. Runs without a
 * project.
 */
@Mojo(name = "verify-database", requiresProject = false, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class VerifyDatabaseMojo extends AbstractDatabaseMojo {

    /** The schema to verify. */
    @Parameter(property = "openimis.verify.schema", defaultValue = "public")
    private String schema;

    /** Write a JSON report to this file. */
    @Parameter(property = "openimis.verify.report")
    private File report;

    /** Write the SQL that brings the database in line to this file. */
    @Parameter(property = "openimis.verify.fixScript")
    private File fixScript;

    /** Write the destructive statements of the fix script to run, instead of as comments. */
    @Parameter(property = "openimis.verify.fixDestructive", defaultValue = "false")
    private String fixDestructive;

    /** Fail the build when the schema differs from the model. */
    @Parameter(property = "openimis.verify.failOnDifference", defaultValue = "true")
    private String failOnDifference;

    /**
     * Seconds within which the server must answer a trivial query on a connection of its own, asked every as many
     * seconds; a server that does not fails the run instead of leaving it waiting. 0 turns the heartbeat off.
     */
    @Parameter(property = "openimis.verify.heartbeatSeconds", defaultValue = "60")
    private int heartbeatSeconds;

    /** Comma-separated names to leave out of the comparison ({@code *} and {@code ?} as wildcards). */
    @Parameter(property = "openimis.verify.ignore")
    private String ignore;

    /**
     * A registry class of the project the goal runs in, listing its own entities, verified with the openIMIS ones: a
     * class with a public static method named all returning the list of entity classes.
     */
    @Parameter(property = "openimis.entityRegistry")
    private String entityRegistry;

    /** Entity classes of the project the goal runs in (comma-separated class names), added to the openIMIS entities. */
    @Parameter(property = "openimis.entityClasses")
    private List<String> entityClasses;

    /** Leave the openIMIS entities out: verify against the project's registry and entity classes alone. */
    @Parameter(property = "openimis.entities.replace", defaultValue = "false")
    private String replaceEntities;

    /** An sql-extras folder (one subfolder per kind, one .sql file per object) verified with the bundled openIMIS sql-extras. */
    @Parameter(property = "openimis.sqlExtrasDirectory")
    private File sqlExtrasDirectory;

    /** Leave the bundled openIMIS sql-extras out: verify against the sql-extras folder alone. */
    @Parameter(property = "openimis.sqlExtras.replace", defaultValue = "false")
    private String replaceSqlExtras;

    /** The project the goal runs in, if any: its classes hold the registry and entity classes. */
    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        boolean destructive = SettingValues.bool("openimis.verify.fixDestructive", fixDestructive);
        boolean failing = SettingValues.bool("openimis.verify.failOnDifference", failOnDifference);
        ConnectionSettings database = database();
        SchemaScript script = new SchemaSources(project, entityRegistry, entityClasses,
                SettingValues.bool("openimis.entities.replace", replaceEntities), sqlExtrasDirectory,
                SettingValues.bool("openimis.sqlExtras.replace", replaceSqlExtras)).use((entities, extras) -> SchemaScript.of(entities, extras, DdlTarget.POSTGRESQL));
        IgnorePatterns ignored = IgnorePatterns.of(ignore);
        getLog().info("Verifying schema " + schema + " of " + database + " against the openIMIS model"
                + (ignore == null || ignore.isBlank() ? "" : ", ignoring " + ignored));
        VerifyReport result = new DatabaseVerifier(toolLog()).verify(database, script, schema, ignored, heartbeatSeconds);
        result.text().lines().forEach(line -> getLog().warn(line));
        getLog().info(result.summary());
        write(report, result.toJson(), "JSON report");
        write(fixScript, result.fixScript(destructive), "fix script");
        if (!result.clean() && failing) {
            throw new MojoFailureException(result.summary() + ". Set openimis.verify.fixScript=FILE for the SQL that "
                    + "fixes it, openimis.verify.ignore for what you keep on purpose, or "
                    + "openimis.verify.failOnDifference=false to only report.");
        }
    }

    private void write(File file, String text, String what) throws MojoExecutionException {
        if (file == null) {
            return;
        }
        try {
            File folder = file.getAbsoluteFile().getParentFile();
            if (folder != null) {
                Files.createDirectories(folder.toPath());
            }
            Files.writeString(file.toPath(), text, StandardCharsets.UTF_8);
            getLog().info("Wrote the " + what + " to " + file);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the " + what + " to " + file + ": " + e.getMessage(), e);
        }
    }
}
