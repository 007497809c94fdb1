package org.openimis.schema.maven;

import org.openimis.schema.jdbc.ConnectionSettings;

/**
 * A goal parameter holding a JDBC URL, which may carry a password ({@code ;password=...}). Maven sets it through
 * {@link #set(String)}; its {@link #toString()} (what {@code mvn -X} prints) masks the URL's secrets.
 */
public final class JdbcUrl {

    private String value;

    /** Called by Maven with the configured text. */
    public void set(String text) {
        value = text;
    }

    /** The URL, or null for a parameter that is not set. */
    static String valueOf(JdbcUrl url) {
        return url == null ? null : url.value;
    }

    @Override
    public String toString() {
        return ConnectionSettings.maskUrl(value);
    }
}
