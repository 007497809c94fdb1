package org.openimis.schema.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.openimis.schema.apply.ApplyMode;
import org.openimis.schema.apply.SchemaApplier;
import org.openimis.schema.ddl.DdlTarget;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.extras.SqlExtras;
import org.openimis.schema.extras.SqlObject;
import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.script.SchemaScript;

import java.io.File;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Builds the openIMIS schema in a live PostgreSQL database, in one transaction; runs without a project. */
@Mojo(name = "apply", requiresProject = false, threadSafe = true)
public class ApplyMojo extends AbstractDatabaseMojo {

    /**
     * create: build the schema in an empty database (a database holding openIMIS tables is refused); replace-objects:
     * keep tables and data, drop and re-create the sql-extras views and functions.
     */
    @Parameter(property = "openimis.apply.mode", defaultValue = "create")
    private String mode;

    /**
     * A folder of your own sql-extras to apply instead of the bundled openIMIS ones: one subfolder per kind (compat,
     * views, functions, ...) holding one .sql file per object.
     */
    @Parameter(property = "openimis.sqlExtrasDirectory")
    private File sqlExtrasDirectory;

    @Override
    protected void run() throws MojoExecutionException {
        ApplyMode applyMode = ApplyMode.of(mode);
        ConnectionSettings database = database().requirePostgreSql();
        List<SqlObject> extras = sqlExtrasDirectory != null
                ? SqlExtras.fromFolder(sqlExtrasDirectory.toPath())
                : SqlExtras.fromClasspath(getClass().getClassLoader());
        SchemaScript script = SchemaScript.of(OpenImisEntities.all(), extras, DdlTarget.POSTGRESQL);
        getLog().info("Applying the openIMIS schema (" + applyMode.settingValue() + ") to " + database);
        try (Connection connection = database.connect()) {
            new SchemaApplier(toolLog()).apply(connection, script, applyMode);
        } catch (SQLException e) {
            throw new MojoExecutionException(database.masked("Lost the connection to the " + database + ": " + e.getMessage()));
        }
    }

    @Override
    protected String outcomeOfFailure() {
        return "Nothing was committed.";
    }
}
