package org.openimis.schema.copy;

/** What a copy does with foreign key values that have no parent row (e.g. SQL Server's tblClaim.FeedbackID = 0). */
public enum OrphanPolicy {
    /** Report them and roll the copy back. */
    FAIL,
    /** Set them to NULL (where the column allows it) and report how many. */
    NULL;

    /** The policy a setting's value names; {@code setting} is the setting's name, for the error. */
    public static OrphanPolicy of(String value, String setting) {
        return EnumSetting.choice(OrphanPolicy.class, setting, value);
    }
}
