package org.openimis.schema.maven;

import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.extras.SqlExtras;
import org.openimis.schema.extras.SqlExtrasSelection;
import org.openimis.schema.extras.SqlObject;
import org.openimis.schema.project.EntitySelection;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * The entities and sql-extras a goal builds from, as its {@code openimis.entityRegistry}, {@code openimis.entityClasses},
 * {@code openimis.entities.replace}, {@code openimis.sqlExtrasDirectory} and {@code openimis.sqlExtras.replace}
 * select them; the project's classes are read from its compiled classes and dependencies.
 */
record SchemaSources(MavenProject project, String entityRegistry, List<String> entityClasses, boolean replaceEntities,
                     File sqlExtrasDirectory, boolean replaceSqlExtras) {

    /** What a goal does with the selected entities and sql-extras. */
    interface Work<T> {
        T run(List<Class<?>> entities, List<SqlObject> extras) throws MojoExecutionException;
    }

    /** Runs the work with the selected entities and sql-extras, the project's classes loadable while it runs. */
    <T> T use(Work<T> work) throws MojoExecutionException {
        ClassLoader pluginLoader = getClass().getClassLoader();
        List<SqlObject> extras = SqlExtrasSelection.select(() -> SqlExtras.fromClasspath(pluginLoader),
                sqlExtrasDirectory == null ? null : sqlExtrasDirectory.toPath(), replaceSqlExtras);
        if (!EntitySelection.namesProjectEntities(entityRegistry, entityClasses) && !replaceEntities) {
            return work.run(OpenImisEntities.all(), extras);
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = projectClassLoader(pluginLoader)) {
            thread.setContextClassLoader(loader);
            return work.run(EntitySelection.select(OpenImisEntities.all(), entityRegistry, entityClasses,
                    replaceEntities, loader), extras);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot close the project's class loader: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private URLClassLoader projectClassLoader(ClassLoader parent) throws MojoExecutionException {
        try {
            List<URL> urls = new ArrayList<>();
            for (String element : project.getCompileClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
            return new URLClassLoader(urls.toArray(URL[]::new), parent);
        } catch (MalformedURLException | DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("Cannot read the project's class path: " + e.getMessage(), e);
        }
    }
}
