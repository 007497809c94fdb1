package org.openimis.schema.maven;

import org.openimis.schema.jdbc.ConnectionSettings;

/**
 * A database as a goal's parameters name it: JDBC URL, user, password, and the id of a settings.xml server that may
 * hold the user and password instead. Neither the password nor a secret of the URL is part of {@link #toString()}.
 */
record DatabaseParameters(String url, String user, String password, String serverId) {

    @Override
    public String toString() {
        return ConnectionSettings.maskUrl(url) + " as " + user + (serverId == null ? "" : " (server " + serverId + ")");
    }
}
