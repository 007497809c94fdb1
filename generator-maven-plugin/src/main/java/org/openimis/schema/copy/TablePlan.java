package org.openimis.schema.copy;

import org.openimis.schema.model.ColumnModel;
import org.openimis.schema.model.TableModel;

import java.util.List;
import java.util.Optional;

/**
 * How one table is copied: the source table, the column pairs copied, what the source has that the entities lack
 * (ignored) and what the entities have that the source lacks (left to their default or NULL), and the row counts.
 *
 * @param validityColumn the ValidityTo column when history rows are skipped, else null
 * @param sourceRows rows in the source table
 * @param historyRows of those, rows a copy without history skips
 */
record TablePlan(TableModel table, String sourceTable, List<ColumnModel> targetColumns, List<SourceColumn> sourceColumns,
                 List<String> ignoredSourceColumns, List<String> missingColumns, String validityColumn,
                 long sourceRows, long historyRows) {

    long rowsToCopy() {
        return sourceRows - historyRows;
    }

    /** The source column copied into a target column, if the source has it. */
    Optional<SourceColumn> sourceColumn(String targetColumn) {
        for (int i = 0; i < targetColumns.size(); i++) {
            if (targetColumns.get(i).name().equals(targetColumn)) {
                return Optional.of(sourceColumns.get(i));
            }
        }
        return Optional.empty();
    }

    String name() {
        return table.name();
    }
}
