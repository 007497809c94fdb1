package org.openimis.schema.copy;

import org.openimis.schema.model.ColumnModel;
import org.openimis.schema.model.ForeignKeyModel;
import org.openimis.schema.model.SchemaModel;
import org.openimis.schema.model.TableModel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds a copy plan by comparing the entity tables with what the source database has. */
final class CopyPlanner {

    private CopyPlanner() {
    }

    static CopyPlan plan(SchemaModel model, Connection source, SourceKind kind, String schema, CopyOptions options,
                         Instant now) throws SQLException {
        SourceCatalog catalog = SourceCatalog.read(source, schema);
        List<TableModel> selected = selectedTables(model, options.tables());
        List<TablePlan> tables = new ArrayList<>();
        List<String> missingTables = new ArrayList<>();
        for (TableModel table : selected) {
            var sourceTable = catalog.table(table.name());
            if (sourceTable.isEmpty()) {
                missingTables.add(table.name());
                continue;
            }
            tables.add(tablePlan(table, sourceTable.get(), catalog.columns(sourceTable.get()), source, kind, schema,
                    options, now));
        }
        return new CopyPlan(kind, List.copyOf(tables), List.copyOf(missingTables));
    }

    private static List<TableModel> selectedTables(SchemaModel model, Set<String> names) {
        if (names.isEmpty()) {
            return model.tables();
        }
        Set<String> known = model.tables().stream().map(TableModel::name).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>(names);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("openimis.copy.tables names tables no entity maps: " + unknown
                    + ". Table names are case-sensitive, e.g. tblInsuree.");
        }
        return model.tables().stream().filter(t -> names.contains(t.name())).toList();
    }

    /** Foreign keys of the selected tables whose parent table is not selected: its rows must already be in the target. */
    static List<ForeignKeyModel> parentsOutside(SchemaModel model, Set<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return model.foreignKeys().stream()
                .filter(fk -> names.contains(fk.table()) && !names.contains(fk.referencedTable()))
                .toList();
    }

    private static TablePlan tablePlan(TableModel table, String sourceTable, List<SourceColumn> sourceColumns,
                                       Connection source, SourceKind kind, String schema, CopyOptions options,
                                       Instant now) throws SQLException {
        Map<String, SourceColumn> byName = sourceColumns.stream().collect(Collectors.toMap(
                c -> c.name().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        List<ColumnModel> targets = new ArrayList<>();
        List<SourceColumn> sources = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ColumnModel column : table.columns()) {
            SourceColumn match = byName.remove(column.name().toLowerCase(Locale.ROOT));
            if (match == null || match.isRowVersion(kind)) {
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
        String validity = options.historical() ? null : targets.stream()
                .map(ColumnModel::name)
                .filter(n -> n.equalsIgnoreCase("ValidityTo") || n.equalsIgnoreCase("validity_to"))
                .findFirst().orElse(null);
        String validitySource = validity == null ? null : sources.get(indexOf(targets, validity)).name();
        long[] counts = counts(source, kind, schema, sourceTable, validitySource, now, options.sourceTimeZone());
        return new TablePlan(table, sourceTable, List.copyOf(targets), List.copyOf(sources), ignored,
                List.copyOf(missing), validitySource, counts[0], counts[1]);
    }

    /** The copy's start as the source's ValidityTo column holds date-times: with offset, or local in the source zone. */
    static Object pastBoundary(SourceKind kind, Instant now, ZoneId zone) {
        return kind == SourceKind.POSTGRESQL ? OffsetDateTime.ofInstant(now, ZoneOffset.UTC) : LocalDateTime.ofInstant(now, zone);
    }

    private static boolean hasDefault(ColumnModel column) {
        return column.identity() || column.defaultValue() != null;
    }

    private static int indexOf(List<ColumnModel> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException(name);
    }

    /** Source rows, and of them the history rows (ValidityTo in the past) when history is skipped. */
    private static long[] counts(Connection source, SourceKind kind, String schema, String table, String validity,
                                 Instant now, ZoneId zone) throws SQLException {
        String from = kind.quote(schema) + "." + kind.quote(table);
        String history = validity == null ? "0"
                : "sum(case when " + kind.quote(validity) + " < ? then 1 else 0 end)";
        try (PreparedStatement count = source.prepareStatement("select count(*), " + history + " from " + from)) {
            if (validity != null) {
                count.setObject(1, pastBoundary(kind, now, zone));
            }
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return new long[] {rows.getLong(1), rows.getLong(2)};
            }
        }
    }
}
