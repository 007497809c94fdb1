package org.openimis.schema.maven;

/**
 * A goal parameter holding a password. Maven sets it through {@link #set(String)}; its {@link #toString()} never shows
 * it, because {@code mvn -X} prints every parameter of a goal as {@code (f) name = toString()}.
 */
public final class Password {

    private String value;

    /** Called by Maven with the configured text. */
    public void set(String text) {
        value = text;
    }

    /** The password, or null for a parameter that is not set. */
    static String valueOf(Password password) {
        return password == null ? null : password.value;
    }

    @Override
    public String toString() {
        return "****";
    }
}
