package org.openimis.schema.copy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a copy will do: the tables in the order they are written, the tables the source does not have, the foreign
 * keys of a subset whose parents are not copied, and the source's tables no entity maps (with row counts).
 */
record CopyPlan(List<TablePlan> tables, List<String> missingTables, List<String> parentsOutside,
                List<String> unmappedSourceTables) {

    long rowsToCopy() {
        return tables.stream().mapToLong(TablePlan::rowsToCopy).sum();
    }

    /** What the plan leaves out or leaves to defaults: each is data not copied as it is in the source. */
    List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        for (TablePlan table : tables) {
            if (!table.ignoredSourceColumns().isEmpty()) {
                warnings.add(table.name() + ": source columns the entities lack, not copied: "
                        + String.join(", ", table.ignoredSourceColumns()));
            }
            if (!table.missingColumns().isEmpty()) {
                warnings.add(table.name() + ": columns the source lacks, left to their default or NULL: "
                        + String.join(", ", table.missingColumns()));
            }
        }
        if (!missingTables.isEmpty()) {
            warnings.add("Tables the source does not have, skipped: " + String.join(", ", missingTables));
        }
        if (!unmappedSourceTables.isEmpty()) {
            warnings.add("Source tables no entity maps, not copied: " + String.join(", ", unmappedSourceTables));
        }
        return warnings;
    }

    String describe() {
        StringBuilder text = new StringBuilder("Copy plan (").append(tables.size()).append(" tables, in this order):\n");
        for (TablePlan plan : tables) {
            text.append(String.format(Locale.ROOT, "  %-34s %,12d rows", plan.name(), plan.sourceRows()));
            if (plan.historyRows() > 0 || plan.validityColumn() != null) {
                text.append(String.format(Locale.ROOT, ", %,d history rows skipped", plan.historyRows()));
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
        if (!unmappedSourceTables.isEmpty()) {
            text.append("Source tables no entity maps (not copied): ").append(String.join(", ", unmappedSourceTables))
                    .append('\n');
        }
        return text.toString();
    }
}
