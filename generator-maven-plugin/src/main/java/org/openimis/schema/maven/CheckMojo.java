package org.openimis.schema.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.openimis.schema.script.SchemaFiles;

import java.util.ArrayList;
import java.util.List;

/** Fails when the committed schema files or docs differ from what the entities and sql-extras generate, printing the diff. */
@Mojo(name = "check", aggregator = true, threadSafe = true, defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class CheckMojo extends SchemaSourceMojo {

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        List<String> diffs = new ArrayList<>();
        renderFiles().forEach((directory, files) -> diffs.addAll(SchemaFiles.drift(directory, files)));
        if (diffs.isEmpty()) {
            getLog().info("Schema files in " + outputDirectory + " and " + docsDirectory + " are up to date");
            return;
        }
        diffs.forEach(diff -> getLog().error("\n" + diff));
        throw new MojoFailureException("The schema files in " + outputDirectory + " or " + docsDirectory + " differ "
                + "from what the entities and sql-extras generate (diff above). Regenerate them with: mvn openimis:generate-schema, "
                + "and commit them with your change.");
    }
}
