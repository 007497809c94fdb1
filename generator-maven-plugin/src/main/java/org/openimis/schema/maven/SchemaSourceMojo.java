package org.openimis.schema.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.openimis.schema.docs.SchemaDocs;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.extras.SqlExtras;
import org.openimis.schema.extras.SqlObject;
import org.openimis.schema.script.SchemaFiles;
import org.openimis.schema.settings.SettingValues;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A goal that renders the schema files: from the openIMIS entities and sql-extras bundled with the plugin, or from
 * entity classes and an sql-extras folder of the project it runs in.
 */
abstract class SchemaSourceMojo extends AbstractOpenImisMojo {

    /** Where the schema files are; the repository's {@code schema/} folder by default. */
    @Parameter(property = "openimis.outputDirectory", defaultValue = "${project.basedir}/schema")
    protected File outputDirectory;

    /** Where the schema documentation (Mermaid diagrams and table reference per module) is; the repository's {@code docs/schema/} folder by default. */
    @Parameter(property = "openimis.docsDirectory", defaultValue = "${project.basedir}/docs/schema")
    protected File docsDirectory;

    /**
     * Entity classes of this project to generate from, instead of the openIMIS entities (comma-separated class names);
     * read from the project's compiled classes and dependencies.
     */
    @Parameter(property = "openimis.entityClasses")
    private List<String> entityClasses;

    /**
     * A folder of this project's own sql-extras, instead of the bundled openIMIS ones: one subfolder per kind (compat,
     * views, functions, ...) holding one .sql file per object.
     */
    @Parameter(property = "openimis.sqlExtrasDirectory")
    private File sqlExtrasDirectory;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    /** The schema files and the documentation as they would be generated now: by directory, then by file name. */
    protected Map<Path, Map<String, String>> renderFiles() throws MojoExecutionException {
        List<SqlObject> extras = sqlExtrasDirectory != null
                ? SqlExtras.fromFolder(sqlExtrasDirectory.toPath())
                : SqlExtras.fromClasspath(getClass().getClassLoader());
        List<String> classNames = SettingValues.list(entityClasses);
        if (classNames.isEmpty()) {
            return render(OpenImisEntities.all(), extras);
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = projectClassLoader()) {
            Thread.currentThread().setContextClassLoader(loader);
            List<Class<?>> classes = new ArrayList<>();
            for (String name : classNames) {
                classes.add(Class.forName(name, true, loader));
            }
            return render(classes, extras);
        } catch (ClassNotFoundException e) {
            throw new MojoExecutionException("Entity class " + e.getMessage() + " (openimis.entityClasses) is not among "
                    + "the project's compiled classes: is it spelled right, and did the build compile it first?", e);
        } catch (java.io.IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private Map<Path, Map<String, String>> render(List<Class<?>> classes, List<SqlObject> extras) {
        Map<Path, Map<String, String>> files = new LinkedHashMap<>();
        files.put(outputDirectory.toPath(), SchemaFiles.render(classes, extras));
        files.put(docsDirectory.toPath(), SchemaDocs.render(classes, extras));
        return files;
    }

    private URLClassLoader projectClassLoader() throws MojoExecutionException {
        try {
            List<URL> urls = new ArrayList<>();
            for (String element : project.getCompileClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
            return new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
        } catch (MalformedURLException | org.apache.maven.artifact.DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("Cannot read the project's class path: " + e.getMessage(), e);
        }
    }
}
