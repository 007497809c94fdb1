package org.openimis.schema.project;

/** The entities a goal should build from cannot be found: a registry or class that is missing, wrong, or clashes. */
public class EntitySelectionException extends RuntimeException {

    public EntitySelectionException(String message) {
        super(message);
    }

    public EntitySelectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
