package org.openimis.schema.copy;

/** What a copy does with text holding NUL characters, which PostgreSQL cannot store. */
public enum NulPolicy {
    /** Stop, naming the table, column and row key. */
    FAIL,
    /** Remove the NUL characters and count the values changed. */
    STRIP;

    public static NulPolicy of(String setting) {
        return Settings.choice(NulPolicy.class, "openimis.copy.nulCharacters", setting);
    }
}
