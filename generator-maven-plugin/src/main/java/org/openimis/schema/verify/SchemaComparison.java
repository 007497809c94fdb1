package org.openimis.schema.verify;

import org.openimis.schema.script.UnifiedDiff;
import org.openimis.schema.verify.Catalog.Column;
import org.openimis.schema.verify.Catalog.Constraint;
import org.openimis.schema.verify.Catalog.Function;
import org.openimis.schema.verify.Catalog.Index;
import org.openimis.schema.verify.Catalog.Table;
import org.openimis.schema.verify.Catalog.View;
import org.openimis.schema.verify.FixStatement.Phase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.openimis.schema.verify.FixStatement.destructive;
import static org.openimis.schema.verify.FixStatement.safe;
import static org.openimis.schema.jdbc.Sql.quote;
import static org.openimis.schema.verify.ColumnTypes.shortType;

/** Compares the catalogue of a live schema with that of the model built in a scratch schema. */
final class SchemaComparison {

    private static final Pattern NEXTVAL = Pattern.compile("^nextval\\('(.+)'::regclass\\)$");
    private static final String EXTRA_WARNING = "not in the model: it is dropped only if you uncomment this";

    private final Catalog expected;
    private final Catalog live;
    private final List<String> objectOrder;
    private final List<Difference> differences = new ArrayList<>();

    private SchemaComparison(Catalog expected, Catalog live, List<String> objectOrder) {
        this.expected = expected;
        this.live = live;
        this.objectOrder = objectOrder;
    }

    /**
     * The differences of the live schema from the expected one, table by table, then views and functions.
     *
     * @param objectOrder the names of the sql-extras objects in dependency order, to order views and functions
     */
    static List<Difference> compare(Catalog expected, Catalog live, List<String> objectOrder) {
        SchemaComparison comparison = new SchemaComparison(expected, live, objectOrder);
        comparison.tables();
        comparison.constraints();
        comparison.indexes();
        comparison.views();
        comparison.functions();
        return List.copyOf(comparison.differences);
    }

    private void add(DifferenceKind kind, String group, String name, String message, String diff, FixStatement... fixes) {
        differences.add(new Difference(kind, group, name, message, diff, List.of(fixes)));
    }

    // ---- tables and columns

    private void tables() {
        for (int i = 0; i < expected.tables().size(); i++) {
            Table table = expected.tables().get(i);
            Optional<Table> existing = live.table(table.name());
            if (existing.isEmpty()) {
                missingTable(table, i);
            } else {
                columns(table, existing.get(), i);
            }
        }
        for (Table table : live.tables()) {
            if (expected.table(table.name()).isEmpty()) {
                add(DifferenceKind.EXTRA_TABLE, table.name(), table.name(),
                        "table " + table.name() + ": extra, not in the model (" + table.columns().size() + " columns)", "",
                        destructive(Phase.EXTRAS, 0, "drop table " + quote(table.name()) + ";",
                                EXTRA_WARNING + "; it drops the table and its rows"));
            }
        }
    }

    private void missingTable(Table table, int order) {
        List<FixStatement> fixes = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            sequenceOf(column).ifPresent(sequence -> fixes.add(safe(Phase.TABLES, order,
                    "create sequence if not exists " + sequence + " as " + column.type() + ";")));
            columns.add("    " + columnDefinition(column));
        }
        fixes.add(safe(Phase.TABLES, order, "create table " + quote(table.name()) + " (\n"
                + String.join(",\n", columns) + "\n);"));
        if (table.comment() != null) {
            fixes.add(safe(Phase.TABLES, order, "comment on table " + quote(table.name()) + " is "
                    + literal(table.comment()) + ";"));
        }
        for (Column column : table.columns()) {
            sequenceOf(column).ifPresent(sequence -> fixes.add(safe(Phase.TABLES, order, "alter sequence " + sequence
                    + " owned by " + quote(table.name()) + "." + quote(column.name()) + ";")));
        }
        expected.constraints().stream().filter(c -> c.table().equals(table.name()))
                .forEach(c -> fixes.add(addConstraint(c)));
        expected.indexes().stream().filter(i -> i.table().equals(table.name()))
                .forEach(i -> fixes.add(createIndex(i)));
        differences.add(new Difference(DifferenceKind.MISSING_TABLE, table.name(), table.name(),
                "table " + table.name() + ": missing", "", List.copyOf(fixes)));
    }

    private void columns(Table table, Table existing, int order) {
        String alter = "alter table " + quote(table.name()) + " ";
        for (Column column : table.columns()) {
            String name = table.name() + "." + column.name();
            String alterColumn = alter + "alter column " + quote(column.name()) + " ";
            Optional<Column> found = existing.column(column.name());
            if (found.isEmpty()) {
                List<FixStatement> fixes = new ArrayList<>();
                sequenceOf(column).ifPresent(sequence -> fixes.add(safe(Phase.COLUMNS, order,
                        "create sequence if not exists " + sequence + " as " + column.type() + ";")));
                fixes.add(safe(Phase.COLUMNS, order, alter + "add column " + columnDefinition(column) + ";"));
                differences.add(new Difference(DifferenceKind.MISSING_COLUMN, table.name(), name,
                        name + ": missing (expected " + describe(column) + ")", "", List.copyOf(fixes)));
                continue;
            }
            Column actual = found.get();
            if (!actual.type().equals(column.type())) {
                String sql = alterColumn + "type " + column.type();
                FixStatement fix = ColumnTypes.widens(actual.type(), column.type())
                        ? safe(Phase.COLUMNS, order, sql + ";")
                        : destructive(Phase.COLUMNS, order, sql + " using " + quote(column.name()) + "::" + column.type()
                        + ";", "changing " + shortType(actual.type()) + " to " + shortType(column.type())
                        + " may fail or change values");
                add(DifferenceKind.COLUMN_TYPE, table.name(), name, name + ": " + shortType(actual.type()) + ", expected "
                        + shortType(column.type()), "", fix);
            }
            if (actual.notNull() != column.notNull()) {
                add(DifferenceKind.COLUMN_NULLABILITY, table.name(), name,
                        name + ": " + nullability(actual) + ", expected " + nullability(column), "",
                        safe(Phase.COLUMNS, order, alterColumn + (column.notNull() ? "set" : "drop") + " not null;"));
            }
            if (!Objects.equals(actual.defaultValue(), column.defaultValue())) {
                String sql = column.defaultValue() == null ? alterColumn + "drop default;"
                        : alterColumn + "set default " + column.defaultValue() + ";";
                List<FixStatement> fixes = new ArrayList<>();
                sequenceOf(column).ifPresent(sequence -> fixes.add(safe(Phase.COLUMNS, order,
                        "create sequence if not exists " + sequence + " as " + column.type() + ";")));
                fixes.add(safe(Phase.COLUMNS, order, sql));
                differences.add(new Difference(DifferenceKind.COLUMN_DEFAULT, table.name(), name, name + ": "
                        + defaultOf(actual) + ", expected " + defaultOf(column), "", List.copyOf(fixes)));
            }
            if (!actual.identity().equals(column.identity())) {
                add(DifferenceKind.COLUMN_IDENTITY, table.name(), name,
                        name + ": " + identityOf(actual) + ", expected " + identityOf(column), "",
                        identityFixes(table, column, actual, alterColumn, order));
            }
        }
        for (Column column : existing.columns()) {
            if (table.column(column.name()).isEmpty()) {
                String name = table.name() + "." + column.name();
                add(DifferenceKind.EXTRA_COLUMN, table.name(), name,
                        name + ": extra column (" + describe(column) + "), not in the model", "",
                        destructive(Phase.EXTRAS, 0, alter + "drop column " + quote(column.name()) + ";",
                                EXTRA_WARNING + "; it drops the column and its values"));
            }
        }
    }

    private static FixStatement[] identityFixes(Table table, Column column, Column actual, String alterColumn, int order) {
        if (column.identity().isEmpty()) {
            return new FixStatement[] {safe(Phase.COLUMNS, order, alterColumn + "drop identity;")};
        }
        String kind = column.identity().equals("a") ? "always" : "by default";
        if (!actual.identity().isEmpty()) {
            return new FixStatement[] {safe(Phase.COLUMNS, order, alterColumn + "set generated " + kind + ";")};
        }
        // a new identity starts at 1: move it past the values the column holds
        return new FixStatement[] {
                safe(Phase.COLUMNS, order, alterColumn + "add generated " + kind + " as identity;"),
                safe(Phase.COLUMNS, order, "select setval(pg_get_serial_sequence(" + literal(quote(table.name())) + ", "
                        + literal(column.name()) + "), coalesce(max(" + quote(column.name()) + "), 0) + 1, false) from "
                        + quote(table.name()) + ";")};
    }

    private static Optional<String> sequenceOf(Column column) {
        if (column.defaultValue() == null) {
            return Optional.empty();
        }
        Matcher nextval = NEXTVAL.matcher(column.defaultValue());
        return nextval.matches() ? Optional.of(nextval.group(1).replace("''", "'")) : Optional.empty();
    }

    private static String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(column.type());
        if (!column.identity().isEmpty()) {
            sql.append(column.identity().equals("a") ? " generated always as identity" : " generated by default as identity");
        }
        if (column.defaultValue() != null) {
            sql.append(" default ").append(column.defaultValue());
        }
        return sql.append(column.notNull() ? " not null" : "").toString();
    }

    private static String describe(Column column) {
        return shortType(column.type()) + (column.notNull() ? " not null" : "")
                + (column.defaultValue() == null ? "" : " default " + column.defaultValue())
                + (column.identity().isEmpty() ? "" : " identity");
    }

    private static String nullability(Column column) {
        return column.notNull() ? "not null" : "nullable";
    }

    private static String defaultOf(Column column) {
        return column.defaultValue() == null ? "no default" : "default " + column.defaultValue();
    }

    private static String identityOf(Column column) {
        return switch (column.identity()) {
            case "a" -> "identity (always)";
            case "d" -> "identity (by default)";
            default -> "no identity";
        };
    }

    // ---- constraints

    private void constraints() {
        List<Constraint> unmatched = new ArrayList<>();
        for (Constraint constraint : expected.constraints()) {
            if (live.table(constraint.table()).isEmpty()) {
                continue; // created with its missing table
            }
            Optional<Constraint> found = live.constraints().stream()
                    .filter(c -> c.table().equals(constraint.table()) && c.name().equals(constraint.name())).findFirst();
            if (found.isEmpty()) {
                unmatched.add(constraint);
            } else if (!found.get().definition().equals(constraint.definition())) {
                changedConstraint(constraint, found.get());
            }
        }
        List<Constraint> extra = new ArrayList<>(live.constraints().stream()
                .filter(c -> expected.table(c.table()).isPresent())
                .filter(c -> expected.constraints().stream()
                        .noneMatch(e -> e.table().equals(c.table()) && e.name().equals(c.name())))
                .toList());
        for (Constraint constraint : unmatched) {
            Optional<Constraint> renamed = extra.stream().filter(c -> c.table().equals(constraint.table())
                    && c.definition().equals(constraint.definition())).findFirst();
            if (renamed.isPresent()) {
                extra.remove(renamed.get());
                add(DifferenceKind.CONSTRAINT_NAME, constraint.table(), constraint.name(), kindOf(constraint) + " "
                                + constraint.name() + ": named " + renamed.get().name(), "",
                        safe(Phase.COLUMNS, tableOrder(constraint.table()), "alter table " + quote(constraint.table())
                                + " rename constraint " + quote(renamed.get().name()) + " to " + quote(constraint.name()) + ";"));
            } else {
                add(DifferenceKind.MISSING_CONSTRAINT, constraint.table(), constraint.name(), kindOf(constraint) + " "
                        + constraint.name() + ": missing (" + constraint.definition() + ")", "", addConstraint(constraint));
            }
        }
        for (Constraint constraint : extra) {
            add(DifferenceKind.EXTRA_CONSTRAINT, constraint.table(), constraint.name(), kindOf(constraint) + " "
                            + constraint.name() + ": extra, not in the model (" + constraint.definition() + ")", "",
                    destructive(Phase.EXTRAS, constraint.type() == 'f' ? 0 : 1, "alter table " + quote(constraint.table())
                            + " drop constraint " + quote(constraint.name()) + ";", EXTRA_WARNING));
        }
    }

    private void changedConstraint(Constraint constraint, Constraint actual) {
        String alter = "alter table " + quote(constraint.table()) + " ";
        if (constraint.type() == 'f' && actual.type() == 'f'
                && constraint.definitionWithoutDeferrability().equals(actual.definitionWithoutDeferrability())) {
            add(DifferenceKind.FOREIGN_KEY_DEFERRABILITY, constraint.table(), constraint.name(), "FK " + constraint.name()
                            + ": " + deferrability(actual) + (constraint.deferrable() && constraint.deferred() ? ""
                            : ", expected " + deferrability(constraint)), "",
                    safe(Phase.FOREIGN_KEYS, tableOrder(constraint.table()), alter + "alter constraint "
                            + quote(constraint.name()) + " " + deferrability(constraint) + ";"));
            return;
        }
        int order = tableOrder(constraint.table());
        add(DifferenceKind.CONSTRAINT_DEFINITION, constraint.table(), constraint.name(), kindOf(constraint) + " "
                        + constraint.name() + ": " + actual.definition() + ", expected " + constraint.definition(), "",
                safe(actual.type() == 'f' ? Phase.DROP_FOREIGN_KEYS : Phase.DROP_CONSTRAINTS, order,
                        alter + "drop constraint " + quote(constraint.name()) + ";"),
                addConstraint(constraint));
    }

    private FixStatement addConstraint(Constraint constraint) {
        return safe(constraint.type() == 'f' ? Phase.FOREIGN_KEYS : Phase.CONSTRAINTS, tableOrder(constraint.table()),
                "alter table " + quote(constraint.table()) + " add constraint " + quote(constraint.name()) + " "
                        + constraint.definition() + ";");
    }

    private static String deferrability(Constraint constraint) {
        if (!constraint.deferrable()) {
            return "not deferrable";
        }
        return constraint.deferred() ? "deferrable initially deferred" : "deferrable initially immediate";
    }

    private static String kindOf(Constraint constraint) {
        return switch (constraint.type()) {
            case 'p' -> "primary key";
            case 'u' -> "unique constraint";
            case 'f' -> "FK";
            case 'c' -> "check constraint";
            default -> "exclusion constraint";
        };
    }

    private int tableOrder(String table) {
        for (int i = 0; i < expected.tables().size(); i++) {
            if (expected.tables().get(i).name().equals(table)) {
                return i;
            }
        }
        return expected.tables().size();
    }

    // ---- indexes

    private void indexes() {
        List<Index> unmatched = new ArrayList<>();
        for (Index index : expected.indexes()) {
            if (live.table(index.table()).isEmpty()) {
                continue; // created with its missing table
            }
            Optional<Index> found = live.indexes().stream().filter(i -> i.name().equals(index.name())).findFirst();
            if (found.isEmpty()) {
                unmatched.add(index);
            } else if (!found.get().definition().equals(index.definition())) {
                add(DifferenceKind.INDEX_DEFINITION, index.table(), index.name(), "index " + index.name() + ": "
                                + found.get().definition() + ", expected " + index.definition(), "",
                        safe(Phase.DROP_INDEXES, tableOrder(index.table()), "drop index " + quote(index.name()) + ";"),
                        createIndex(index));
            }
        }
        List<Index> extra = new ArrayList<>(live.indexes().stream()
                .filter(i -> expected.table(i.table()).isPresent())
                .filter(i -> expected.indexes().stream().noneMatch(e -> e.name().equals(i.name())))
                .toList());
        for (Index index : unmatched) {
            Optional<Index> renamed = extra.stream().filter(i -> i.table().equals(index.table())
                    && afterName(i.definition()).equals(afterName(index.definition()))).findFirst();
            if (renamed.isPresent()) {
                extra.remove(renamed.get());
                add(DifferenceKind.INDEX_NAME, index.table(), index.name(), "index " + index.name() + ": named "
                                + renamed.get().name(), "",
                        safe(Phase.INDEXES, tableOrder(index.table()), "alter index " + quote(renamed.get().name())
                                + " rename to " + quote(index.name()) + ";"));
            } else {
                add(DifferenceKind.MISSING_INDEX, index.table(), index.name(), "index " + index.name() + ": missing ("
                        + index.definition() + ")", "", createIndex(index));
            }
        }
        for (Index index : extra) {
            add(DifferenceKind.EXTRA_INDEX, index.table(), index.name(), "index " + index.name()
                            + ": extra, not in the model (" + index.definition() + ")", "",
                    destructive(Phase.EXTRAS, 1, "drop index " + quote(index.name()) + ";", EXTRA_WARNING));
        }
    }

    private FixStatement createIndex(Index index) {
        return safe(Phase.INDEXES, tableOrder(index.table()), index.definition() + ";");
    }

    /** An index definition from its table on, so that two indexes that differ only by name compare equal. */
    private static String afterName(String definition) {
        return definition.substring(definition.indexOf(" ON ") + 1);
    }

    // ---- views and functions

    private void views() {
        for (View view : expected.views()) {
            Optional<View> found = live.views().stream().filter(v -> v.name().equals(view.name())).findFirst();
            String group = "view " + view.name();
            if (found.isEmpty()) {
                add(DifferenceKind.MISSING_VIEW, group, view.name(), group + ": missing", "", createView(view));
            } else if (!found.get().definition().equals(view.definition())) {
                add(DifferenceKind.VIEW_DEFINITION, group, view.name(), group + ": definition differs",
                        UnifiedDiff.of("live " + view.name(), found.get().definition(), "expected " + view.name(),
                                view.definition()), dropView(view.name()), createView(view));
            }
        }
        for (View view : live.views()) {
            if (expected.views().stream().noneMatch(v -> v.name().equals(view.name()))) {
                add(DifferenceKind.EXTRA_VIEW, "view " + view.name(), view.name(), "view " + view.name()
                        + ": extra, not in the model", "", destructive(Phase.EXTRAS, -1, "drop view " + quote(view.name())
                        + ";", EXTRA_WARNING));
            }
        }
    }

    /**
     * The views to drop before and re-create after the fixes of the given differences, though they are right: those
     * that use (directly or through other views) a view that is re-created, a function that is dropped or a column
     * whose type changes. PostgreSQL refuses those changes while such a view exists.
     */
    static List<FixScript.Entry> dependentViews(List<Difference> fixed, Catalog expected, Catalog live, List<String> objectOrder) {
        SchemaComparison comparison = new SchemaComparison(expected, live, objectOrder);
        Set<String> changed = new HashSet<>();
        for (Difference difference : fixed) {
            switch (difference.kind()) {
                case VIEW_DEFINITION -> changed.add(difference.name());
                case COLUMN_TYPE -> changed.add(difference.name());
                case FUNCTION_DEFINITION -> {
                    if (difference.fixes().stream().anyMatch(f -> f.phase() == Phase.DROP_FUNCTIONS)) {
                        changed.add(difference.name() + "()");
                    }
                }
                default -> {
                }
            }
        }
        Set<String> rebuilt = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, Set<String>> entry : live.viewDependencies().entrySet()) {
                String view = entry.getKey();
                if (!changed.contains(view) && !rebuilt.contains(view) && entry.getValue().stream()
                        .anyMatch(used -> changed.contains(used) || rebuilt.contains(used))) {
                    rebuilt.add(view);
                    grew = true;
                }
            }
        }
        List<FixScript.Entry> entries = new ArrayList<>();
        for (String view : rebuilt) {
            Optional<View> model = expected.views().stream().filter(v -> v.name().equals(view)).findFirst();
            String group = "view " + view;
            if (model.isPresent()) {
                entries.add(new FixScript.Entry(group + ": uses an object this script changes, so it is dropped and "
                        + "re-created", List.of(comparison.dropView(view), comparison.createView(model.get()))));
            } else {
                entries.add(new FixScript.Entry(group + ": not in the model, uses an object this script changes: "
                        + "drop it before the script and re-create it after, or the script fails", List.of()));
            }
        }
        return List.copyOf(entries);
    }

    private FixStatement dropView(String name) {
        return safe(Phase.DROP_VIEWS, -objectOrder(name), "drop view " + quote(name) + ";");
    }

    private FixStatement createView(View view) {
        String query = view.definition().strip();
        return safe(Phase.VIEWS_AND_FUNCTIONS, objectOrder(view.name()), "create view " + quote(view.name()) + " as\n"
                + query + (query.endsWith(";") ? "" : ";"));
    }

    private void functions() {
        for (Function function : expected.functions()) {
            Optional<Function> found = live.functions().stream()
                    .filter(f -> f.signature().equals(function.signature())).findFirst();
            String group = "function " + function.name();
            String label = "function " + function.name() + "(" + function.arguments() + ")";
            if (found.isEmpty()) {
                add(DifferenceKind.MISSING_FUNCTION, group, function.name(), label + ": missing", "",
                        createFunction(function));
            } else if (!found.get().definition().equals(function.definition())) {
                String diff = UnifiedDiff.of("live " + function.name(), found.get().definition(),
                        "expected " + function.name(), function.definition());
                if (found.get().result().equals(function.result())) {
                    add(DifferenceKind.FUNCTION_DEFINITION, group, function.name(), label + ": definition differs", diff,
                            createFunction(function));
                } else {
                    add(DifferenceKind.FUNCTION_DEFINITION, group, function.name(), label + ": definition differs", diff,
                            safe(Phase.DROP_FUNCTIONS, -objectOrder(function.name()), "drop function "
                                    + function.signature() + ";"), createFunction(function));
                }
            }
        }
        for (Function function : live.functions()) {
            if (expected.functions().stream().noneMatch(f -> f.signature().equals(function.signature()))) {
                add(DifferenceKind.EXTRA_FUNCTION, "function " + function.name(), function.name(), "function "
                                + function.name() + "(" + function.arguments() + "): extra, not in the model", "",
                        destructive(Phase.EXTRAS, -1, "drop function " + function.signature() + ";", EXTRA_WARNING));
            }
        }
    }

    private FixStatement createFunction(Function function) {
        return safe(Phase.VIEWS_AND_FUNCTIONS, objectOrder(function.name()), function.definition().strip() + ";");
    }

    private int objectOrder(String name) {
        int index = objectOrder.indexOf(name);
        return index < 0 ? objectOrder.size() : index;
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
