package org.openimis.schema.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.openimis.schema.ddl.DdlTarget;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.extras.SqlExtras;
import org.openimis.schema.extras.SqlObject;
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
import java.sql.SQLException;
import java.util.List;

/**
 * Compares a live PostgreSQL schema with the openIMIS model (entities and sql-extras), names every difference and can
 * write the SQL that fixes them; changes nothing in the database. Runs without a project.
 */
@Mojo(name = "verify-database", requiresProject = false, threadSafe = true)
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

    /** Comma-separated names to leave out of the comparison ({@code *} and {@code ?} as wildcards). */
    @Parameter(property = "openimis.verify.ignore")
    private String ignore;

    /**
     * A folder of your own sql-extras to verify against instead of the bundled openIMIS ones: one subfolder per kind
     * (compat, views, functions, ...) holding one .sql file per object.
     */
    @Parameter(property = "openimis.sqlExtrasDirectory")
    private File sqlExtrasDirectory;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        boolean destructive = SettingValues.bool("openimis.verify.fixDestructive", fixDestructive);
        boolean failing = SettingValues.bool("openimis.verify.failOnDifference", failOnDifference);
        ConnectionSettings database = database();
        List<SqlObject> extras = sqlExtrasDirectory != null
                ? SqlExtras.fromFolder(sqlExtrasDirectory.toPath())
                : SqlExtras.fromClasspath(getClass().getClassLoader());
        SchemaScript script = SchemaScript.of(OpenImisEntities.all(), extras, DdlTarget.POSTGRESQL);
        IgnorePatterns ignored = IgnorePatterns.of(ignore);
        getLog().info("Verifying schema " + schema + " of " + database + " against the openIMIS model"
                + (ignore == null || ignore.isBlank() ? "" : ", ignoring " + ignored));
        VerifyReport result;
        try (Connection connection = database.connect()) {
            result = new DatabaseVerifier(toolLog()).verify(connection, script, schema, ignored);
        } catch (SQLException e) {
            throw new MojoExecutionException("Lost the connection to " + database + ": " + e.getMessage(), e);
        }
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
