package org.openimis.schema.copy;

import java.util.List;
import java.util.Optional;

/**
 * A convention of the legacy openIMIS application: a value that stands for "none" in a column whose foreign key
 * SQL Server does not check (NOCHECK, or no foreign key at all), written as NULL in the target, where the foreign key
 * is checked. Applied by default ({@code legacyConventions}), each value counted per column and reported.
 *
 * @param value the value the legacy application writes for "none"
 * @param meaning what the value means, for the report
 */
record LegacyConvention(String table, String column, long value, String meaning) {

    /**
     * The known conventions: columns whose legacy default is 0 under a foreign key SQL Server does not check, and whose
     * target column may be NULL (the README's table of conventions says which candidates were decided against).
     */
    static final List<LegacyConvention> ALL = List.of(
            new LegacyConvention("tblClaim", "FeedbackID", 0, "no feedback: the legacy default, under a foreign key "
                    + "SQL Server does not check"));

    /** The convention of a column, if it has one. */
    static Optional<LegacyConvention> of(String table, String column) {
        return ALL.stream().filter(c -> c.table.equals(table) && c.column.equalsIgnoreCase(column)).findFirst();
    }
}
