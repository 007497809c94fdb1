package org.openimis.schema.apply;

/** {@code apply} did not change the database: it refused it, or a statement failed and everything was rolled back. */
public class ApplyException extends RuntimeException {

    public ApplyException(String message, Throwable cause) {
        super(message, cause);
    }

    public ApplyException(String message) {
        super(message);
    }
}
