package org.openimis.schema.verify;

/**
 * One statement of the fix script.
 *
 * @param phase where it goes in the script, which runs the phases in their declared order
 * @param order its place within the phase (creation order of the object it changes)
 * @param warning why it is destructive, or null when it is safe to run
 */
public record FixStatement(Phase phase, long order, String sql, String warning) {

    /** The phases of the fix script, in the order in which they run. */
    public enum Phase {
        DROP_VIEWS, DROP_FUNCTIONS, DROP_FOREIGN_KEYS, DROP_CONSTRAINTS, DROP_INDEXES, TABLES, COLUMNS,
        CONSTRAINTS, FOREIGN_KEYS, INDEXES, VIEWS_AND_FUNCTIONS, EXTRAS
    }

    static FixStatement safe(Phase phase, long order, String sql) {
        return new FixStatement(phase, order, sql, null);
    }

    static FixStatement destructive(Phase phase, long order, String sql, String warning) {
        return new FixStatement(phase, order, sql, warning);
    }

    public boolean destructive() {
        return warning != null;
    }
}
