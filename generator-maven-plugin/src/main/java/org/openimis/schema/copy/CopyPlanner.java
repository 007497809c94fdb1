package org.openimis.schema.copy;

import org.openimis.schema.jdbc.Sql;
import org.openimis.schema.model.ColumnModel;
import org.openimis.schema.model.ForeignKeyModel;
import org.openimis.schema.model.SchemaModel;
import org.openimis.schema.model.TableModel;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The plan phase: compares the entity tables with what the source has and counts the rows to copy. */
final class CopyPlanner {

    private CopyPlanner() {
    }

    static CopyPlan plan(SchemaModel model, Source source, CopyOptions options) throws SQLException {
        SourceCatalog catalog = SourceCatalog.read(source.catalogConnection(), source.schema());
        List<TablePlan> tables = new ArrayList<>();
        List<String> missingTables = new ArrayList<>();
        for (TableModel table : selectedTables(model, options)) {
            var sourceTable = catalog.table(table.name());
            if (sourceTable.isEmpty()) {
                missingTables.add(table.name());
                continue;
            }
            tables.add(tablePlan(table, sourceTable.get(), catalog.columns(sourceTable.get()), source, options));
        }
        List<String> unmapped = unmappedTables(model, catalog, source);
        List<String> outside = parentsOutside(model, options.tables()).stream()
                .map(fk -> fk.table() + "." + fk.columns().get(0) + " references " + fk.referencedTable() + ", which "
                        + options.setting("tables") + " does not copy: its rows must already be in the target (checked)")
                .toList();
        return new CopyPlan(List.copyOf(tables), List.copyOf(missingTables), outside, unmapped);
    }

    /** The source's tables that no entity maps (tables of other modules), each with its row count: not copied. */
    private static List<String> unmappedTables(SchemaModel model, SourceCatalog catalog, Source source) throws SQLException {
        Set<String> mapped = copyable(model).stream().map(t -> t.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> unmapped = new ArrayList<>();
        for (String table : catalog.baseTables()) {
            if (!mapped.contains(table.toLowerCase(Locale.ROOT))) {
                long rows = Sql.queryLong(source.catalogConnection(), "select count(*) from " + source.qualified(table));
                unmapped.add(String.format(Locale.ROOT, "%s (%,d rows)", table, rows));
            }
        }
        return unmapped;
    }

    /** The entity tables, then the tables read-only entities read (core_User_groups), whose parents are entity tables. */
    private static List<TableModel> copyable(SchemaModel model) {
        List<TableModel> tables = new ArrayList<>(model.tables());
        tables.addAll(model.readOnlyTables());
        return tables;
    }

    private static List<TableModel> selectedTables(SchemaModel model, CopyOptions options) {
        Set<String> names = options.tables();
        if (names.isEmpty()) {
            return copyable(model);
        }
        Set<String> known = copyable(model).stream().map(TableModel::name).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>(names);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(options.setting("tables") + " names tables no entity maps: " + unknown
                    + ". Table names are case-sensitive, e.g. tblInsuree.");
        }
        return copyable(model).stream().filter(t -> names.contains(t.name())).toList();
    }

    /** Foreign keys of the selected tables whose parent table is not selected: its rows must already be in the target. */
    private static List<ForeignKeyModel> parentsOutside(SchemaModel model, Set<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return model.foreignKeys().stream()
                .filter(fk -> names.contains(fk.table()) && !names.contains(fk.referencedTable()))
                .toList();
    }

    private static TablePlan tablePlan(TableModel table, String sourceTable, List<SourceColumn> sourceColumns,
                                       Source source, CopyOptions options) throws SQLException {
        Map<String, SourceColumn> byName = sourceColumns.stream().collect(Collectors.toMap(
                c -> c.name().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        List<ColumnModel> targets = new ArrayList<>();
        List<SourceColumn> sources = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ColumnModel column : table.columns()) {
            SourceColumn match = byName.remove(column.name().toLowerCase(Locale.ROOT));
            if (match == null || match.isRowVersion(source.kind())) {
                missing.add(column.name() + (match == null ? "" : " (source rowversion, not copied)"));
            } else {
                targets.add(column);
                sources.add(match);
            }
        }
        for (ColumnModel column : table.columns()) {
            if (!column.nullable() && !targets.contains(column) && !hasDefault(column)) {
                throw new CopyException("The source table " + sourceTable + " has no column " + column.name()
                        + ", which " + table.name() + " requires (NOT NULL, no default): the source is not an openIMIS "
                        + "database of a version this copier knows.");
            }
        }
        List<String> ignored = byName.values().stream().map(SourceColumn::name).sorted().toList();
        String validitySource = options.historical() ? null : sources.stream()
                .map(SourceColumn::name)
                .filter(n -> n.equalsIgnoreCase("ValidityTo") || n.equalsIgnoreCase("validity_to"))
                .findFirst().orElse(null);
        long[] counts = counts(source, sourceTable, validitySource);
        return new TablePlan(table, sourceTable, List.copyOf(targets), List.copyOf(sources), ignored,
                List.copyOf(missing), validitySource, counts[0], counts[1]);
    }

    private static boolean hasDefault(ColumnModel column) {
        return column.identity() || column.defaultValue() != null;
    }

    /** Source rows, and of them the history rows (ValidityTo in the past) when history is skipped. */
    private static long[] counts(Source source, String table, String validity) throws SQLException {
        String history = validity == null ? "0"
                : "sum(case when " + source.quote(validity) + " < ? then 1 else 0 end)";
        try (PreparedStatement count = source.catalogConnection().prepareStatement(
                "select count(*), " + history + " from " + source.qualified(table))) {
            if (validity != null) {
                source.historyCutoff().bind(count, 1);
            }
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return new long[] {rows.getLong(1), rows.getLong(2)};
            }
        }
    }
}
