package org.openimis.schema.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where a database is and who connects to it. The password is never part of {@link #toString()} or of a message.
 *
 * @param role what the database is to the tool ("target", "source"), for messages
 * @param settingPrefix the property prefix that configures it ({@code openimis}, {@code openimis.source}), for messages
 */
public record ConnectionSettings(String role, String settingPrefix, String url, String user, String password) {

    /** Opens a connection, or fails with a message naming the setting to check (never the password). */
    public Connection connect() {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("No JDBC URL for the " + role + " database: set " + settingPrefix
                    + ".url (e.g. jdbc:postgresql://localhost:5432/openimis).");
        }
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the " + role + " database " + url + " as "
                    + (user == null ? "(no user)" : user) + ": " + e.getMessage() + ". Check " + settingPrefix + ".url, "
                    + settingPrefix + ".user and " + settingPrefix + ".password (or " + settingPrefix
                    + ".serverId), and that the server is running and reachable.", e);
        }
    }

    @Override
    public String toString() {
        return role + " " + url + " as " + user;
    }
}
