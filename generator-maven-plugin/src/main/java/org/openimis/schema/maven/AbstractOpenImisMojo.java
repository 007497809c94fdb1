package org.openimis.schema.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.log.ToolLog;

/**
 * The shared frame of every goal: {@code openimis.skip}, connection settings with settings.xml credentials, the
 * plain tools' log, and errors of the plain tools turned into Maven failures.
 */
abstract class AbstractOpenImisMojo extends AbstractMojo {

    /** Skips the goal. */
    @Parameter(property = "openimis.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;

    @Component
    private SettingsDecrypter decrypter;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

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

    /** The plain tools' log, writing to Maven's. */
    protected ToolLog toolLog() {
        return new MavenToolLog(getLog());
    }

    /**
     * A {@code -D} property read from the session, not through a goal parameter: Maven's debug log ({@code mvn -X})
     * prints every parameter's value, so JDBC URLs (which may hold a password) and passwords are read this way.
     */
    protected String sessionProperty(String name) {
        return session.getUserProperties().getProperty(name, session.getSystemProperties().getProperty(name));
    }

    /** A database's connection settings from goal parameters, user and password from a settings.xml server if named. */
    protected ConnectionSettings connection(String role, String prefix, DatabaseParameters parameters)
            throws MojoExecutionException {
        return ServerCredentials.resolve(role, prefix, parameters, settings, decrypter);
    }
}
