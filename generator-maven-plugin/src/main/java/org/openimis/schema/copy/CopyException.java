package org.openimis.schema.copy;

/** The copy stopped: the target was left as it was found (the transaction was rolled back or never begun). */
public class CopyException extends RuntimeException {

    public CopyException(String message) {
        super(message);
    }

    public CopyException(String message, Throwable cause) {
        super(message, cause);
    }
}
