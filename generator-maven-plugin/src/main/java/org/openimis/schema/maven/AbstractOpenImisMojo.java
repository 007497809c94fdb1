package org.openimis.schema.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The shared frame of every goal: {@code openimis.skip}, and errors of the plain tool turned into Maven failures. */
abstract class AbstractOpenImisMojo extends AbstractMojo {

    /** Skips the goal. */
    @Parameter(property = "openimis.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("openimis.skip is set: skipping");
            return;
        }
        // Hibernate only builds its mapping model here (no sessions): its start-up notices are noise in a build log
        java.util.logging.Logger.getLogger("org.hibernate").setLevel(java.util.logging.Level.SEVERE);
        try {
            run();
        } catch (MojoExecutionException | MojoFailureException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** The goal's work. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;
}
