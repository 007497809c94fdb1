package org.openimis.schema.jdbc;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a database is and who connects to it. Neither the password nor a secret written in the URL
 * ({@code ;password=...}, {@code ?password=...}) is ever part of {@link #toString()} or of a message.
 *
 * <p>Connecting is bounded: {@value #CONNECT_TIMEOUT_SECONDS} s to open the TCP connection and
 * {@value #LOGIN_TIMEOUT_SECONDS} s for the whole login, unless the URL sets its own ({@code connectTimeout},
 * {@code loginTimeout}). Each session is named ({@code ApplicationName}) so that an operator can tell the tool's sessions
 * apart in {@code pg_stat_activity}.
 *
 * @param role what the database is to the tool ("target", "source"), for messages
 * @param settingPrefix the property prefix that configures it ({@code openimis}, {@code openimis.source}), for messages
 */
public record ConnectionSettings(String role, String settingPrefix, String url, String user, String password) {

    public static final int CONNECT_TIMEOUT_SECONDS = 10;
    public static final int LOGIN_TIMEOUT_SECONDS = 30;
    static final String MASK = "****";

    /** A URL parameter whose name says it holds a secret, with its value (SQL Server's {braced} values included). */
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)([A-Za-z]*(?:password|pwd|secret)[A-Za-z]*)=(\\{[^}]*}|[^;&]*)");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@;?]*):[^@/;?]*@");

    /** Opens a connection named after the tool's role for it; see {@link #connect(String)}. */
    public Connection connect() {
        return connect("openimis " + role);
    }

    /**
     * Opens a connection, or fails with a message naming what went wrong in words (unknown host, refused, timed out,
     * authentication, missing database), the URL with its secrets masked, and the settings to check.
     *
     * @param applicationName the session's name on the server ({@code application_name})
     */
    public Connection connect(String applicationName) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("No JDBC URL for the " + role + " database: set " + settingPrefix
                    + ".url (e.g. jdbc:postgresql://localhost:5432/openimis).");
        }
        Properties properties = new Properties();
        String effectiveUser = effectiveUser();
        if (user != null && !user.isBlank()) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        boundedLogin(properties, applicationName);
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw new IllegalStateException(masked("Cannot connect to the " + role + " database " + maskedUrl() + " as "
                    + effectiveUser + ": " + inWords(e) + " (" + e.getMessage() + "). Check " + settingPrefix + ".url, "
                    + settingPrefix + ".user and " + settingPrefix + ".password (or " + settingPrefix
                    + ".serverId), and that the server is running and reachable."));
        }
    }

    /** This, if the URL is a PostgreSQL one; otherwise fails naming the setting (a SQL Server URL is a source only). */
    public ConnectionSettings requirePostgreSql() {
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(settingPrefix + ".url must be a PostgreSQL JDBC URL "
                    + "(jdbc:postgresql://host:5432/database), not '" + maskedUrl() + "'"
                    + (url != null && url.toLowerCase(Locale.ROOT).startsWith("jdbc:sqlserver:")
                    ? ": the " + role + " database is written by the tool, and a SQL Server database can only be a source."
                    : "."));
        }
        return this;
    }

    /** The URL with every secret parameter's value (and a {@code user:password@} part) replaced by {@value #MASK}. */
    public String maskedUrl() {
        return maskUrl(url);
    }

    /** Any text with this database's password and the secrets of its URL replaced by {@value #MASK}. */
    public String masked(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        if (url != null) {
            result = result.replace(url, maskedUrl());
            Matcher secrets = SECRET_PARAMETER.matcher(url);
            while (secrets.find()) {
                result = replaceSecret(result, secrets.group(2).replaceAll("^\\{|}$", ""));
            }
        }
        return replaceSecret(result, password);
    }

    /** A JDBC URL with its secrets masked; null stays null. */
    public static String maskUrl(String url) {
        return maskUrl(url, MASK);
    }

    /** A JDBC URL (or text holding one) with the values of secret parameters and of user:password@ replaced by a mask. */
    public static String maskUrl(String url, String mask) {
        if (url == null) {
            return null;
        }
        String masked = SECRET_PARAMETER.matcher(url).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "=" + mask));
        return USER_INFO.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + ":" + mask + "@"));
    }

    @Override
    public String toString() {
        return role + " " + maskedUrl() + " as " + effectiveUser();
    }

    /**
     * The user the driver will log in as, for messages. PostgreSQL's driver falls back to the operating system's user
     * when none is set; that is said, not left for the operator to guess.
     */
    String effectiveUser() {
        if (user != null && !user.isBlank()) {
            return user;
        }
        Matcher inUrl = Pattern.compile("(?i)[?&;]user=([^&;]*)").matcher(url == null ? "" : url);
        if (inUrl.find()) {
            return inUrl.group(1);
        }
        if (url != null && url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            return System.getProperty("user.name") + " (no " + settingPrefix + ".user set: the operating system's user)";
        }
        return "(no user)";
    }

    private void boundedLogin(Properties properties, String applicationName) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
            properties.setProperty("loginTimeout", Integer.toString(LOGIN_TIMEOUT_SECONDS));
            properties.setProperty("tcpKeepAlive", "true");
            properties.setProperty("ApplicationName", applicationName);
        } else if (lower.startsWith("jdbc:sqlserver:")) {
            properties.setProperty("loginTimeout", Integer.toString(LOGIN_TIMEOUT_SECONDS));
            properties.setProperty("applicationName", applicationName);
        }
    }

    /** What a failed connection attempt means, in the operator's words. */
    private String inWords(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return "the host is unknown (no DNS entry for " + cause.getMessage() + ")";
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
                return "the connection was refused: no database server listens at that host and port";
            }
            if (cause instanceof SocketTimeoutException) {
                return "the server did not answer within " + LOGIN_TIMEOUT_SECONDS + " s (connect timeout "
                        + CONNECT_TIMEOUT_SECONDS + " s, login timeout " + LOGIN_TIMEOUT_SECONDS + " s)";
            }
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (state.startsWith("28") || e.getErrorCode() == 18456) {
            return "the server refused the login of " + effectiveUser() + " (wrong user or password, or no access)";
        }
        if (state.equals("3D000") || e.getErrorCode() == 4060) {
            return "the database named in the URL does not exist on that server";
        }
        if (message.contains("timed out") || message.contains("timeout")) {
            return "the server did not answer in time (connect timeout " + CONNECT_TIMEOUT_SECONDS + " s, login timeout "
                    + LOGIN_TIMEOUT_SECONDS + " s)";
        }
        if (state.equals("08001") && message.contains("suitable driver")) {
            return "the URL is not one the tool can open (jdbc:postgresql: or jdbc:sqlserver:)";
        }
        return "the driver refused the connection";
    }

    private static String replaceSecret(String text, String secret) {
        return secret == null || secret.isEmpty() ? text : text.replace(secret, MASK);
    }
}
