package org.openimis.schema.synthetic;

import org.hibernate.type.SqlTypes;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.jdbc.CopyLine;
import org.openimis.schema.jdbc.CopyText;
import org.openimis.schema.jdbc.SetAside;
import org.openimis.schema.jdbc.Sql;
import org.openimis.schema.log.Durations;
import org.openimis.schema.model.ColumnModel;
import org.openimis.schema.model.ForeignKeyModel;
import org.openimis.schema.model.SchemaModel;
import org.openimis.schema.model.TableModel;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Fills an empty openIMIS PostgreSQL database (schema applied) with deterministic pseudo-random data: every table
 * gets the rows its {@link Scale} gives, every column values of its type (NULLs in some rows of nullable columns),
 * within NOT NULL, lengths, unique and check constraints and foreign keys. All tables are loaded by COPY in one
 * transaction, streaming rows as they are generated; the foreign keys and the secondary indexes are dropped first
 * and re-created (so checked) before the commit, within that transaction, so the user must own the tables. Integer
 * keys are 1..n (identity sequences are left as they are). The same model, scale and seed give the same data.
 */
public final class SyntheticData {

    public static final long DEFAULT_SEED = 20240229L;
    /** Rows HISTORY_EVERY-1, 2*HISTORY_EVERY-1, ... are history rows: their ValidityTo lies in 2024. */
    static final int HISTORY_EVERY = 25;
    /** Rows 0, FUTURE_EVERY, 2*FUTURE_EVERY, ... end in 2099: current rows with a ValidityTo. */
    static final int FUTURE_EVERY = 100;
    /** One row in DANGLING_EVERY references a history row through each foreign key it gets a random parent for. */
    static final int DANGLING_EVERY = 200;
    private static final int COPY_BUFFER = 1 << 16;

    private final SchemaModel model;
    private final Scale scale;
    private final long seed;
    private final Map<String, LongFunction<String>> keys = new HashMap<>();

    public SyntheticData(SchemaModel model, Scale scale, long seed) {
        this.model = model;
        this.scale = scale;
        this.seed = seed;
        for (TableModel table : model.tables()) {
            LongFunction<String> key = keyOf(table);
            try {
                key.apply(scale.rows(table.name()) - 1);
            } catch (RuntimeException e) {
                throw new IllegalStateException(table.name() + " cannot have " + scale.rows(table.name())
                        + " distinct keys: " + e.getMessage(), e);
            }
            keys.put(table.name(), key);
        }
    }

    /** Loads every table and commits; returns the rows per table. */
    public Map<String, Long> load(Connection connection) throws SQLException, IOException {
        return load(connection, line -> { });
    }

    /** Loads every table and commits, telling the log each table's rows and time and the commit's time. */
    public Map<String, Long> load(Connection connection, Consumer<String> log) throws SQLException, IOException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            SetAside foreignKeys = SetAside.foreignKeys(connection, (table, parent) -> true);
            SetAside indexes = SetAside.lookupIndexes(connection, table -> true);
            Map<String, Long> rows = new LinkedHashMap<>();
            for (TableModel table : model.tables()) {
                long start = System.nanoTime();
                rows.put(table.name(), copy(postgres, table));
                log.accept(String.format("%-32s %,12d rows %8.1f s", table.name(), rows.get(table.name()), Durations.secondsSince(start)));
            }
            long start = System.nanoTime();
            indexes.restore(connection);
            foreignKeys.restore(connection);
            log.accept(String.format("re-created %d indexes and foreign keys (checking every row) %.1f s",
                    indexes.size() + foreignKeys.size(), Durations.secondsSince(start)));
            start = System.nanoTime();
            connection.commit();
            log.accept(String.format("commit %.1f s", Durations.secondsSince(start)));
            return rows;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private long copy(PGConnection connection, TableModel table) throws SQLException, IOException {
        List<Value> values = plan(table);
        String sql = "COPY " + Sql.quote(table.name()) + " ("
                + table.columns().stream().map(c -> Sql.quote(c.name())).collect(Collectors.joining(", ")) + ") FROM STDIN";
        long rows = scale.rows(table.name());
        Row row = new Row(scale, this::key, new SplittableRandom(seedOf(table.name() + "#rows")),
                table.columns().stream().anyMatch(SyntheticData::isValidityTo));
        CopyLine line = new CopyLine();
        try (PGCopyOutputStream out = new PGCopyOutputStream(connection, sql, COPY_BUFFER)) {
            for (row.index = 0; row.index < rows; row.index++) {
                line.clear();
                for (int c = 0; c < values.size(); c++) {
                    if (c > 0) {
                        line.append('\t');
                    }
                    String value = values.get(c).of(row);
                    if (value == null) {
                        line.append(CopyText.NULL);
                    } else {
                        line.appendEscaped(value);
                    }
                }
                line.append('\n');
                out.write(line.bytes(), 0, line.length());
            }
        }
        return rows;
    }

    /** A column's values: a text literal of the row, or null for NULL. */
    private interface Value {
        String of(Row row);
    }

    /**
     * Each column's values, the first rule that applies: the row's key, an override, a ValidityTo, a value that keeps
     * a unique column set distinct, a parent row's key, a value of the column's type. Nullable columns are NULL in
     * row 1 and one row in ten after it (row 0 is complete), unless an exact override decides.
     */
    private List<Value> plan(TableModel table) {
        Map<String, Value> distinct = distinctValues(table);
        Map<String, ForeignKeyModel> foreignKeys = table.foreignKeys().stream()
                .collect(Collectors.toMap(fk -> fk.columns().get(0), fk -> fk));
        String keyColumn = table.keyColumns().get(0);
        return table.columns().stream().map(column -> {
            String name = column.name();
            Overrides.Rule rule = Overrides.rule(table.name(), name);
            ForeignKeyModel foreignKey = foreignKeys.get(name);
            Value value;
            boolean ownNulls = !column.nullable();
            if (name.equals(keyColumn)) {
                value = r -> key(table.name(), r.index());
            } else if (rule != null) {
                value = rule.value()::apply;
                ownNulls |= rule.exact();
            } else if (isValidityTo(column)) {
                boolean withZone = column.sqlTypeCode() != SqlTypes.TIMESTAMP;
                value = r -> validityTo(r, withZone);
                ownNulls = true;
            } else if (distinct.containsKey(name)) {
                value = distinct.get(name);
            } else if (foreignKey != null) {
                value = r -> r.anyKey(foreignKey.referencedTable());
            } else {
                value = typed(table, column);
            }
            return ownNulls ? value : withNulls(value);
        }).toList();
    }

    /**
     * Values for one column of each unique column set that is not distinct already (by the key or an override): a
     * distinct value where the set has a column that is no foreign key, else parent keys combined so that no two
     * rows repeat a combination.
     */
    private Map<String, Value> distinctValues(TableModel table) {
        Map<String, Value> distinct = new HashMap<>();
        for (List<String> columns : table.uniqueColumnSets()) {
            if (columns.contains(table.keyColumns().get(0))
                    || columns.stream().anyMatch(c -> Overrides.rule(table.name(), c) != null)) {
                continue;
            }
            List<ForeignKeyModel> foreignKeys = columns.stream().map(c -> table.foreignKeys().stream()
                    .filter(fk -> fk.columns().get(0).equals(c)).findFirst().orElse(null)).toList();
            int plain = foreignKeys.indexOf(null);
            if (plain >= 0) {
                ColumnModel column = table.column(columns.get(plain)).orElseThrow();
                distinct.put(column.name(), distinctValue(table, column));
                continue;
            }
            long combinations = 1;
            for (ForeignKeyModel foreignKey : foreignKeys) {
                String parent = foreignKey.referencedTable();
                long divisor = combinations;
                long parents = scale.rows(parent);
                distinct.put(foreignKey.columns().get(0), r -> key(parent, r.index() / divisor % parents));
                combinations *= parents;
            }
            if (scale.rows(table.name()) > combinations) {
                throw new IllegalStateException(table.name() + " " + columns + " has only " + combinations
                        + " distinct combinations for " + scale.rows(table.name()) + " rows");
            }
        }
        return distinct;
    }

    private Value distinctValue(TableModel table, ColumnModel column) {
        return switch (column.sqlTypeCode()) {
            case SqlTypes.SMALLINT, SqlTypes.INTEGER, SqlTypes.BIGINT -> r -> Long.toString(r.index() + 1);
            case SqlTypes.UUID -> typed(table, column);
            case SqlTypes.VARCHAR, SqlTypes.CHAR, SqlTypes.LONG32VARCHAR -> isUuidText(column) ? typed(table, column)
                    : r -> Values.unique(r.index(), column.length());
            default -> throw unsupported(table, column);
        };
    }

    /** Values of the column's type; UUIDs are distinct per row. */
    private Value typed(TableModel table, ColumnModel column) {
        long uuidSeed = seedOf(table.name() + "." + column.name());
        return switch (column.sqlTypeCode()) {
            case SqlTypes.VARCHAR, SqlTypes.CHAR, SqlTypes.LONG32VARCHAR -> isUuidText(column)
                    ? r -> Values.uuid(uuidSeed, r.index())
                    : r -> Values.text(r.random(), column.length());
            case SqlTypes.UUID -> r -> Values.uuid(uuidSeed, r.index());
            case SqlTypes.SMALLINT -> r -> Values.smallint(r.random());
            case SqlTypes.INTEGER -> r -> Values.integer(r.random());
            case SqlTypes.BIGINT -> r -> Values.bigint(r.random());
            case SqlTypes.NUMERIC, SqlTypes.DECIMAL -> r -> Values.numeric(r.random(), column.precision(), column.scale());
            case SqlTypes.BOOLEAN -> r -> Values.bool(r.random().nextBoolean());
            case SqlTypes.BIT -> r -> r.random().nextBoolean() ? "1" : "0";
            case SqlTypes.DATE -> r -> Values.date(r.random());
            case SqlTypes.TIMESTAMP -> r -> Values.timestamp(r.random(), Values.FIRST_SECOND, Values.HISTORY_SECOND, false);
            case SqlTypes.TIMESTAMP_UTC, SqlTypes.TIMESTAMP_WITH_TIMEZONE ->
                    r -> Values.timestamp(r.random(), Values.FIRST_SECOND, Values.HISTORY_SECOND, true);
            case SqlTypes.VARBINARY, SqlTypes.LONG32VARBINARY -> r -> Values.bytea(r.random());
            default -> throw unsupported(table, column);
        };
    }

    /** The key of each row of a table: a reference table's fixed codes, 1..n, a UUID or a distinct text. */
    private LongFunction<String> keyOf(TableModel table) {
        List<String> fixed = Overrides.KEYS.get(table.name());
        if (fixed != null) {
            return i -> fixed.get((int) i);
        }
        ColumnModel column = table.column(table.keyColumns().get(0)).orElseThrow();
        long uuidSeed = seedOf(table.name());
        return switch (column.sqlTypeCode()) {
            case SqlTypes.SMALLINT, SqlTypes.INTEGER, SqlTypes.BIGINT -> i -> Long.toString(i + 1);
            case SqlTypes.UUID -> i -> Values.uuid(uuidSeed, i);
            case SqlTypes.VARCHAR, SqlTypes.CHAR -> isUuidText(column) ? i -> Values.uuid(uuidSeed, i)
                    : i -> Values.unique(i, column.length());
            default -> throw unsupported(table, column);
        };
    }

    private String key(String table, long index) {
        return keys.get(table).apply(index);
    }

    /** Mostly NULL; a date in 2024 for history rows, in 2099 for row 0 and a few other current rows. */
    private static String validityTo(Row row, boolean withZone) {
        long index = row.index();
        if (Row.isHistory(index)) {
            return Values.timestamp(row.random(), Values.HISTORY_SECOND, Values.HISTORY_SECOND + 365 * 86_400L, withZone);
        }
        if (index % FUTURE_EVERY == 0) {
            return Values.timestamp(row.random(), Values.FUTURE_SECOND, Values.FUTURE_SECOND + 365 * 86_400L, withZone);
        }
        return null;
    }

    private static Value withNulls(Value value) {
        return r -> r.index() == 1 || r.index() > 1 && r.random().nextInt(10) == 0 ? null : value.of(r);
    }

    private static boolean isValidityTo(ColumnModel column) {
        return column.name().replace("_", "").equalsIgnoreCase("ValidityTo");
    }

    /** A varchar(36) named ...UUID holds a UUID as text. */
    private static boolean isUuidText(ColumnModel column) {
        return column.length() != null && column.length() == 36 && column.name().toUpperCase().endsWith("UUID");
    }

    private long seedOf(String name) {
        return Values.mix(seed ^ Values.mix(name.hashCode()));
    }

    private static IllegalStateException unsupported(TableModel table, ColumnModel column) {
        return new IllegalStateException("No synthetic values for " + table.name() + "." + column.name()
                + " of type " + column.ddlType());
    }

    /**
     * Loads a database from the command line: {@code <jdbc-url> <user> <password> <insurees> [seed]}; prints the rows
     * per table, the total, the seconds and the peak heap.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 4 || args.length > 5) {
            System.err.println("usage: SyntheticData <jdbc-url> <user> <password> <insurees> [seed]");
            System.exit(2);
        }
        Scale scale = new Scale(Long.parseLong(args[3]));
        long seed = args.length == 5 ? Long.parseLong(args[4]) : DEFAULT_SEED;
        SyntheticData data = new SyntheticData(SchemaModel.of(OpenImisEntities.all()), scale, seed);
        long start = System.nanoTime();
        Map<String, Long> rows;
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            rows = data.load(connection, System.out::println);
        }
        double seconds = Durations.secondsSince(start);
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("total %,d rows in %d tables, %.1f s, peak heap %d MB (sum of pool peaks)%n",
                rows.values().stream().mapToLong(Long::longValue).sum(), rows.size(), seconds, peakHeap >> 20);
    }
}
