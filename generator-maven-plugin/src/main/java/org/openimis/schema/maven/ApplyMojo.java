package org.openimis.schema.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.openimis.schema.apply.ApplyMode;
import org.openimis.schema.apply.SchemaApplier;
import org.openimis.schema.ddl.DdlTarget;
import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.script.SchemaScript;
import org.openimis.schema.settings.SettingValues;

import java.io.File;
import java.util.List;

/**
 * Builds the openIMIS schema, with the entities and sql-extras a project adds to it, in a live PostgreSQL database, in
 * one transaction; runs without a project.
 */
@Mojo(name = "apply", requiresProject = false, threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public class ApplyMojo extends AbstractDatabaseMojo {

    /**
     * create: build the schema in an empty database (a database holding openIMIS tables is refused); replace-objects:
     * keep tables and data, drop and re-create the sql-extras views and functions.
     */
    @Parameter(property = "openimis.apply.mode", defaultValue = "create")
    private String mode;

    /**
     * A registry class of the project the goal runs in, listing its own entities, whose tables are created with the
     * openIMIS ones: a class with a public static method named all returning the list of entity classes.
     */
    @Parameter(property = "openimis.entityRegistry")
    private String entityRegistry;

    /** Entity classes of the project the goal runs in (comma-separated class names), added to the openIMIS entities. */
    @Parameter(property = "openimis.entityClasses")
    private List<String> entityClasses;

    /** Leave the openIMIS entities out: create the tables of the project's registry and entity classes alone. */
    @Parameter(property = "openimis.entities.replace", defaultValue = "false")
    private String replaceEntities;

    /** An sql-extras folder (one subfolder per kind, one .sql file per object) applied with the bundled openIMIS sql-extras. */
    @Parameter(property = "openimis.sqlExtrasDirectory")
    private File sqlExtrasDirectory;

    /** Leave the bundled openIMIS sql-extras out: apply the sql-extras folder alone. */
    @Parameter(property = "openimis.sqlExtras.replace", defaultValue = "false")
    private String replaceSqlExtras;

    /**
     * Seconds within which the server must answer a trivial query on a connection of its own, asked every as many
     * seconds; a server that does not fails the run instead of leaving it waiting. 0 turns the heartbeat off.
     */
    @Parameter(property = "openimis.apply.heartbeatSeconds", defaultValue = "60")
    private int heartbeatSeconds;

    /** The project the goal runs in, if any: its classes hold the registry and entity classes. */
    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Override
    protected void run() throws MojoExecutionException {
        ApplyMode applyMode = ApplyMode.of(mode);
        ConnectionSettings database = database().requirePostgreSql();
        SchemaScript script = new SchemaSources(project, entityRegistry, entityClasses,
                SettingValues.bool("openimis.entities.replace", replaceEntities), sqlExtrasDirectory,
                SettingValues.bool("openimis.sqlExtras.replace", replaceSqlExtras)).use((entities, extras) -> SchemaScript.of(entities, extras, DdlTarget.POSTGRESQL));
        getLog().info("Applying the openIMIS schema (" + applyMode.settingValue() + ") to " + database);
        new SchemaApplier(toolLog()).apply(database, script, applyMode, heartbeatSeconds);
    }

    @Override
    protected String outcomeOfFailure(Exception failure) {
        return "Nothing was committed.";
    }
}
