package org.openimis.schema.maven;

/**
 * A database as a goal's parameters name it: JDBC URL, user, password, and the id of a settings.xml server that may
 * hold the user and password instead. The password is never part of {@link #toString()}.
 */
record DatabaseParameters(String url, String user, String password, String serverId) {

    @Override
    public String toString() {
        return url + " as " + user + (serverId == null ? "" : " (server " + serverId + ")");
    }
}
