package org.openimis.schema.copy;

/** What a copy does with text holding NUL characters, which PostgreSQL cannot store. */
public enum NulPolicy {
    /** Stop, naming the table, column and row key. */
    FAIL,
    /** Remove the NUL characters and count the values changed. */
    STRIP;

    /** The policy a setting's value names; {@code setting} is the setting's name, for the error. */
    public static NulPolicy of(String value, String setting) {
        return EnumSetting.choice(NulPolicy.class, setting, value);
    }
}
