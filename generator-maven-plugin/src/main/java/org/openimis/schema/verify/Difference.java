package org.openimis.schema.verify;

import java.util.List;

/**
 * One way in which the live schema differs from the model.
 *
 * @param group what the report lists it under: the table, or {@code view X} / {@code function X}
 * @param name what {@code openimis.verify.ignore} patterns match: {@code table}, {@code table.column}, or the name of
 *             the constraint, index, view or function
 * @param message the difference in words, e.g. {@code tblInsuree.CHFID: varchar(50), expected varchar(12)}
 * @param diff a unified diff of the live and expected definitions, or empty
 * @param fixes the statements that bring the database in line, some of them destructive
 */
public record Difference(DifferenceKind kind, String group, String name, String message, String diff,
                         List<FixStatement> fixes) {

    /** Whether bringing the database in line may lose data, so that the fix script only writes it as a comment. */
    public boolean destructive() {
        return fixes.stream().anyMatch(FixStatement::destructive);
    }
}
