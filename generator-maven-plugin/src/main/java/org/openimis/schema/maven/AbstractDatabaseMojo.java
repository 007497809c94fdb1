package org.openimis.schema.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.openimis.schema.jdbc.ConnectionSettings;

/** A goal that works on one PostgreSQL database, named by {@code openimis.url/user/password/serverId}. */
abstract class AbstractDatabaseMojo extends AbstractOpenImisMojo {

    /** JDBC URL of the PostgreSQL database, e.g. jdbc:postgresql://localhost:5432/openimis. */
    @Parameter(property = "openimis.url")
    private String url;

    /** The database user; or give openimis.serverId to take it from settings.xml. */
    @Parameter(property = "openimis.user")
    private String user;

    /** The database user's password; or give openimis.serverId to take it from settings.xml. Never logged. */
    @Parameter(property = "openimis.password")
    private String password;

    /** The id of a settings.xml server holding the user and password (encrypted passwords work). */
    @Parameter(property = "openimis.serverId")
    private String serverId;

    /** The database's connection settings. */
    protected ConnectionSettings database() throws MojoExecutionException {
        return connection("target", "openimis", new DatabaseParameters(url, user, password, serverId));
    }
}
