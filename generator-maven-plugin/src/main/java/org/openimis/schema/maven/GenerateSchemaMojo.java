package org.openimis.schema.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.openimis.schema.script.SchemaFiles;

import java.nio.file.Path;

/** Writes the schema files (PostgreSQL and SQL Server DDL) and their documentation, without a database. */
@Mojo(name = "generate-schema", aggregator = true, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class GenerateSchemaMojo extends SchemaSourceMojo {

    @Override
    protected void run() throws MojoExecutionException {
        long start = System.nanoTime();
        for (var directory : renderFiles().entrySet()) {
            for (Path file : SchemaFiles.write(directory.getKey(), directory.getValue())) {
                getLog().info("Wrote " + file);
            }
        }
        getLog().info(String.format("Schema generated in %.1f s", (System.nanoTime() - start) / 1e9));
    }
}
