package org.openimis.schema.copy;

import org.openimis.schema.jdbc.ConnectionSettings;

import java.util.Locale;

/** The kinds of source database, told apart by their JDBC URL. */
enum SourceKind {
    POSTGRESQL("public", "\"", "\""),
    /** SQL Server; H2 in MODE=MSSQLServer reads the same way (smoke tests only). */
    SQLSERVER("dbo", "[", "]");

    private final String defaultSchema;
    private final String openQuote;
    private final String closeQuote;

    SourceKind(String defaultSchema, String openQuote, String closeQuote) {
        this.defaultSchema = defaultSchema;
        this.openQuote = openQuote;
        this.closeQuote = closeQuote;
    }

    static SourceKind of(ConnectionSettings source) {
        String url = source.url();
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (lower.startsWith("jdbc:sqlserver:") || lower.startsWith("jdbc:h2:")) {
            return SQLSERVER;
        }
        throw new IllegalArgumentException(source.settingPrefix() + ".url must be a PostgreSQL (jdbc:postgresql:) or "
                + "SQL Server (jdbc:sqlserver:) JDBC URL, not '" + source.maskedUrl() + "'");
    }

    String defaultSchema() {
        return defaultSchema;
    }

    /** SQL for the number of characters of a text expression, trailing spaces included. */
    String charLength(String expression) {
        // SQL Server's LEN ignores trailing spaces: measure the text with one character appended
        return this == POSTGRESQL ? "char_length(" + expression + ")" : "(len(" + expression + " + N'.') - 1)";
    }

    String quote(String identifier) {
        return openQuote + identifier.replace(closeQuote, closeQuote + closeQuote) + closeQuote;
    }
}
