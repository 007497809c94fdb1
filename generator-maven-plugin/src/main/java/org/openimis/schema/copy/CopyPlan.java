package org.openimis.schema.copy;

import java.util.List;

/** What a copy will do: the tables in the order they are written, and the tables the source does not have. */
record CopyPlan(SourceKind sourceKind, List<TablePlan> tables, List<String> missingTables) {

    String describe() {
        StringBuilder text = new StringBuilder("Copy plan (").append(tables.size()).append(" tables, in this order):\n");
        for (TablePlan plan : tables) {
            text.append(String.format("  %-34s %,12d rows", plan.name(), plan.sourceRows()));
            if (plan.historyRows() > 0 || plan.validityColumn() != null) {
                text.append(String.format(", %,d history rows skipped", plan.historyRows()));
            }
            text.append('\n');
            if (!plan.ignoredSourceColumns().isEmpty()) {
                text.append("      source columns not copied: ").append(String.join(", ", plan.ignoredSourceColumns())).append('\n');
            }
            if (!plan.missingColumns().isEmpty()) {
                text.append("      columns the source lacks (default or NULL): ")
                        .append(String.join(", ", plan.missingColumns())).append('\n');
            }
        }
        if (!missingTables.isEmpty()) {
            text.append("Tables the source does not have (skipped): ").append(String.join(", ", missingTables)).append('\n');
        }
        return text.toString();
    }
}
