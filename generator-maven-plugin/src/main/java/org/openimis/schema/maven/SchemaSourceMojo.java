package org.openimis.schema.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.openimis.schema.docs.SchemaDocs;
import org.openimis.schema.extras.SqlObject;
import org.openimis.schema.script.SchemaFiles;
import org.openimis.schema.settings.SettingValues;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A goal that renders the schema files: from the openIMIS entities and sql-extras bundled with the plugin, with the
 * entities and sql-extras of the project it runs in added to them (or, explicitly, in their place).
 */
abstract class SchemaSourceMojo extends AbstractOpenImisMojo {

    /** Where the schema files are; the repository's {@code schema/} folder by default. */
    @Parameter(property = "openimis.outputDirectory", defaultValue = "${project.basedir}/schema")
    protected File outputDirectory;

    /** Where the schema documentation (Mermaid diagrams and table reference per module) is; the repository's {@code docs/schema/} folder by default. */
    @Parameter(property = "openimis.docsDirectory", defaultValue = "${project.basedir}/docs/schema")
    protected File docsDirectory;

    /**
     * A registry class of this project listing its own entities, added to the openIMIS entities: a class with a public
     * static method named all returning the list of entity classes, as OpenImisEntities has; read from the
     * project's compiled classes and dependencies.
     */
    @Parameter(property = "openimis.entityRegistry")
    private String entityRegistry;

    /** Entity classes of this project (comma-separated class names), added to the openIMIS entities. */
    @Parameter(property = "openimis.entityClasses")
    private List<String> entityClasses;

    /** Leave the openIMIS entities out: generate from this project's registry and entity classes alone. */
    @Parameter(property = "openimis.entities.replace", defaultValue = "false")
    private String replaceEntities;

    /**
     * An sql-extras folder of this project (one subfolder per kind, one .sql file per object), added to the bundled openIMIS sql-extras; its
     * objects may require bundled ones, and their names must differ from the bundled names.
     */
    @Parameter(property = "openimis.sqlExtrasDirectory")
    private File sqlExtrasDirectory;

    /** Leave the bundled openIMIS sql-extras out: use this project's sql-extras folder alone. */
    @Parameter(property = "openimis.sqlExtras.replace", defaultValue = "false")
    private String replaceSqlExtras;

    /** The project the goal runs in: its classes hold the registry and entity classes. */
    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    /** The schema files and the documentation as they would be generated now: by directory, then by file name. */
    protected Map<Path, Map<String, String>> renderFiles() throws MojoExecutionException {
        return new SchemaSources(project, entityRegistry, entityClasses,
                SettingValues.bool("openimis.entities.replace", replaceEntities), sqlExtrasDirectory,
                SettingValues.bool("openimis.sqlExtras.replace", replaceSqlExtras)).use(this::render);
    }

    private Map<Path, Map<String, String>> render(List<Class<?>> classes, List<SqlObject> extras) {
        Map<Path, Map<String, String>> files = new LinkedHashMap<>();
        files.put(outputDirectory.toPath(), SchemaFiles.render(classes, extras));
        files.put(docsDirectory.toPath(), SchemaDocs.render(classes, extras));
        return files;
    }
}
