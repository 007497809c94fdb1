package org.openimis.schema.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.openimis.schema.jdbc.ConnectionSettings;

import java.util.Set;

/**
 * A goal that works on one PostgreSQL database, named by {@code openimis.url/user/password/serverId}. The URL
 * ({@code -Dopenimis.url=jdbc:postgresql://host:5432/openimis}) and the password ({@code -Dopenimis.password}) are
 * read as {@code -D} properties, not goal parameters, so that {@code mvn -X} never prints them.
 */
abstract class AbstractDatabaseMojo extends AbstractOpenImisMojo {

    /** The database user (or take it from openimis.serverId). */
    @Parameter(property = "openimis.user")
    private String user;

    /** The id of a settings.xml server holding the user and password (encrypted passwords work). */
    @Parameter(property = "openimis.serverId")
    private String serverId;

    @Override
    protected Set<String> sessionProperties() {
        return Set.of("openimis.url", "openimis.password");
    }

    /** The database's connection settings. */
    protected ConnectionSettings database() throws MojoExecutionException {
        return connection("target", "openimis", new DatabaseParameters(sessionProperty("openimis.url"), user,
                sessionProperty("openimis.password"), serverId));
    }
}
