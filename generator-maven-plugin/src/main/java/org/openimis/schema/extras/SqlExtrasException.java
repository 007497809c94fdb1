package org.openimis.schema.extras;

/** sql-extras cannot be ordered or read: a cycle, an unknown dependency, a duplicate name or an unreadable file. */
public class SqlExtrasException extends RuntimeException {

    public SqlExtrasException(String message) {
        super(message);
    }

    public SqlExtrasException(String message, Throwable cause) {
        super(message, cause);
    }
}
