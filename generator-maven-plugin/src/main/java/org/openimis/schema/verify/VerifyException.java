package org.openimis.schema.verify;

/** The schema could not be verified (no such schema, no privilege to build the expected one, a lost connection). */
public class VerifyException extends RuntimeException {

    public VerifyException(String message, Throwable cause) {
        super(message, cause);
    }

    public VerifyException(String message) {
        super(message);
    }
}
