package org.openimis.schema.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.openimis.schema.jdbc.ConnectionSettings;

/** A goal that works on one PostgreSQL database, named by {@code openimis.url/user/password/serverId}. */
abstract class AbstractDatabaseMojo extends AbstractOpenImisMojo {

    /** JDBC URL of the PostgreSQL database, e.g. jdbc:postgresql://localhost:5432/openimis; a password in it is masked in every log. */
    @Parameter(property = "openimis.url")
    private JdbcUrl url;

    /** The database user (or take it from openimis.serverId). */
    @Parameter(property = "openimis.user")
    private String user;

    /** The database user's password (or take it from openimis.serverId); never logged. */
    @Parameter(property = "openimis.password")
    private Password password;

    /** The id of a settings.xml server holding the user and password (encrypted passwords work). */
    @Parameter(property = "openimis.serverId")
    private String serverId;

    /** The database's connection settings. */
    protected ConnectionSettings database() throws MojoExecutionException {
        return connection("target", "openimis", new DatabaseParameters(JdbcUrl.valueOf(url), user, Password.valueOf(password),
                serverId));
    }
}
