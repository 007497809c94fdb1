package org.openimis.schema.apply;

/** What {@code apply} does with the database it is given. */
public enum ApplyMode {
    /** Build the whole schema; refuse a database that already holds openIMIS tables. */
    CREATE,
    /** Keep tables and data; drop and re-create the sql-extras views and functions only. Idempotent. */
    REPLACE_OBJECTS;

    /** The mode named by a setting value ({@code create}, {@code replace-objects}). */
    public static ApplyMode of(String setting) {
        for (ApplyMode mode : values()) {
            if (mode.settingValue().equalsIgnoreCase(setting.strip())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("Unknown openimis.apply.mode '" + setting
                + "': use create (build an empty database) or replace-objects (re-create views and functions).");
    }

    public String settingValue() {
        return name().toLowerCase().replace('_', '-');
    }
}
