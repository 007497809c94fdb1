package org.openimis.schema.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.log.Messages;
import org.openimis.schema.log.ToolLog;
import org.openimis.schema.settings.EffectiveSettings;
import org.openimis.schema.settings.PropertyCheck;
import org.openimis.schema.settings.SettingValues;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shared frame of every goal: the {@code -Dopenimis.*} properties checked against the plugin's parameters, the
 * effective settings printed, {@code openimis.skip}, connection settings with settings.xml credentials, the plain
 * tools' log, and errors of the plain tools turned into Maven failures.
 */
abstract class AbstractOpenImisMojo extends AbstractMojo {

    /** Every property some goal reads from the session instead of as a parameter. */
    private static final Set<String> SESSION_READ = Set.of("openimis.url", "openimis.password", "openimis.source.url",
            "openimis.source.password", "openimis.target.url", "openimis.target.password");

    /** Skips the goal: true or false. */
    @Parameter(property = "openimis.skip", defaultValue = "false")
    private String skip;

    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private MojoExecution mojoExecution;

    @Component
    private SettingsDecrypter decrypter;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        try {
            PluginParameters parameters = new PluginParameters(mojoExecution, session);
            checkProperties(parameters);
            if (SettingValues.bool("openimis.skip", skip)) {
                getLog().info("openimis.skip is set: skipping");
                return;
            }
            List<EffectiveSettings.Setting> settings = new ArrayList<>(parameters.settings(this));
            sessionProperties().forEach(p -> settings.add(new EffectiveSettings.Setting(p, sessionProperty(p), null,
                    EffectiveSettings.isSecret(p))));
            settings.sort(Comparator.comparing(EffectiveSettings.Setting::property));
            EffectiveSettings.describe(parameters.goal(), settings).forEach(getLog()::info);
            // Hibernate only builds its mapping model here (no sessions): its start-up notices are noise in a build log
            java.util.logging.Logger.getLogger("org.hibernate").setLevel(java.util.logging.Level.SEVERE);
            run();
        } catch (MojoFailureException e) {
            throw new MojoFailureException(withOutcome(e), e);
        } catch (MojoExecutionException | RuntimeException e) {
            throw new MojoExecutionException(withOutcome(e), e);
        }
    }

    /** The goal's work. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /**
     * What this failure of the goal leaves committed, for goals that write ("Nothing was committed."); null where the
     * goal writes nothing or the failure's message says it already.
     */
    protected String outcomeOfFailure(Exception failure) {
        return null;
    }

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

    /**
     * The {@code -D} properties this goal reads from the session rather than as parameters (URLs and passwords, see
     * {@link #sessionProperty}): known to the property check and printed, masked, with the effective settings.
     */
    protected Set<String> sessionProperties() {
        return Set.of();
    }

    /** A database's connection settings from goal parameters, user and password from a settings.xml server if named. */
    protected ConnectionSettings connection(String role, String prefix, DatabaseParameters parameters)
            throws MojoExecutionException {
        return ServerCredentials.resolve(role, prefix, parameters, settings, decrypter);
    }

    private String withOutcome(Exception failure) {
        String outcome = outcomeOfFailure(failure);
        return outcome == null ? failure.getMessage() : Messages.endingWith(failure.getMessage(), outcome);
    }

    /** Fails on a {@code -Dopenimis.*} property no goal of the plugin knows; warns on one only another goal knows. */
    private void checkProperties(PluginParameters parameters) throws MojoExecutionException {
        // openimis.test.* configure this project's own tests, not the plugin
        Set<String> known = new TreeSet<>(parameters.goalProperties());
        known.addAll(sessionProperties());
        Set<String> others = new TreeSet<>(parameters.otherGoalsProperties());
        others.addAll(SESSION_READ);
        others.removeAll(known);
        PropertyCheck check = new PropertyCheck("openimis.", Set.of("openimis.test."), known, others);
        PropertyCheck.Findings findings = check.check(parameters.userProperties());
        findings.warnings().forEach(getLog()::warn);
        List<String> errors = findings.errors();
        if (!errors.isEmpty()) {
            throw new MojoExecutionException(String.join("\n", errors) + "\nCorrect the property name"
                    + (errors.size() > 1 ? "s" : "") + " (mvn openimis:help -Ddetail -Dgoal=" + parameters.goal().substring(parameters.goal().indexOf(':') + 1)
                    + " lists the settings).");
        }
    }
}
