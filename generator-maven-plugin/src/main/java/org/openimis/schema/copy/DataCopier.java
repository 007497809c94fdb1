package org.openimis.schema.copy;

import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.jdbc.SetAside;
import org.openimis.schema.model.ForeignKeyModel;
import org.openimis.schema.model.SchemaModel;
import org.openimis.schema.model.TableModel;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Copies openIMIS data from a source database (SQL Server or PostgreSQL) into a PostgreSQL target built by
 * {@code apply}, through the entities' table model, in phases: plan (compare source with entities), prepare (check or
 * empty the target, set foreign keys and lookup indexes aside), copy (tables streamed with COPY, each read back and
 * verified), complete (indexes rebuilt, orphans, foreign keys validated and restored, sequences), then commit. The target is written in ONE transaction: the copy commits all it
 * was asked to copy, or nothing.
 */
public final class DataCopier {

    private static final int QUEUE_CHUNKS = 4;

    private final Consumer<String> log;

    public DataCopier(Consumer<String> log) {
        this.log = log;
    }

    /**
     * Copies, or with {@code dryRun} only prints the plan. Whatever it throws, nothing was committed: {@link CopyException}
     * for a failed copy, IllegalArgumentException or IllegalStateException for a bad setting or a refused connection.
     */
    public CopyReport copy(List<Class<?>> entityClasses, ConnectionSettings source, String sourceSchema,
                           ConnectionSettings target, CopyOptions options) {
        long start = System.nanoTime();
        CopyReport report = new CopyReport();
        SourceKind kind = SourceKind.of(source.url());
        String schema = sourceSchema == null || sourceSchema.isBlank() ? kind.defaultSchema() : sourceSchema;
        log.accept("Source: " + source + " (" + kind.name().toLowerCase(Locale.ROOT) + ", schema " + schema + "); target: "
                + target);
        if (kind == SourceKind.SQLSERVER) {
            log.accept("Source date-times without zone (SQL Server datetime) are read as local times in "
                    + options.sourceTimeZone() + " (openimis.copy.sourceTimeZone"
                    + (options.sourceTimeZone().equals(CopyOptions.DEFAULT_SOURCE_TIME_ZONE) ? ", the default" : "") + ")");
        }
        try (Connection coordinator = source.connect(); Connection writer = target.connect()) {
            Supplier<Connection> readers = readerConnections(source, kind, coordinator);
            Instant now = Instant.now();
            SchemaModel model = SchemaModel.of(entityClasses);
            CopyPlan plan = CopyPlanner.plan(model, coordinator, kind, schema, options, now);
            notePlan(plan, model, options, report);
            if (options.dryRun()) {
                log.accept(plan.describe());
                log.accept("Target tables that already hold rows: " + nonEmpty(writer, plan));
                log.accept("Dry run: nothing was written.");
                report.finish("dry-run", null, seconds(start));
                return writeReport(report, options);
            }
            try {
                copyInTransaction(plan, writer, readers, kind, schema, options, now, report);
            } catch (RuntimeException | SQLException e) {
                rollback(writer);
                throw e;
            }
            report.finish("committed", null, seconds(start));
            log.accept("Copy committed: " + report.rowsWritten() + " rows in " + String.format(Locale.ROOT, "%.1f s", report.seconds()));
            log.accept("\n" + report.summary());
            return writeReport(report, options);
        } catch (CopyException e) {
            fail(report, e.getMessage(), start, options);
            throw e;
        } catch (SQLException e) {
            String message = "The copy failed: " + e.getMessage() + ". Nothing was committed to the target; run the "
                    + "copy again once the cause is fixed.";
            fail(report, message, start, options);
            throw new CopyException(message, e);
        } catch (RuntimeException e) {
            fail(report, e.getMessage(), start, options);
            throw e;
        }
    }

    private void copyInTransaction(CopyPlan plan, Connection writer, Supplier<Connection> readers, SourceKind kind,
                                   String schema, CopyOptions options, Instant now, CopyReport report) throws SQLException {
        writer.setAutoCommit(false);
        execute(writer, "set time zone 'UTC'", "set datestyle = 'ISO, YMD'", "set bytea_output = 'hex'");
        List<String> filled = nonEmpty(writer, plan);
        if (!filled.isEmpty() && !options.deleteData()) {
            throw new CopyException("The target already holds rows in " + filled.size() + " table(s): "
                    + String.join(", ", filled) + ". Nothing was changed. Copy into an empty database built by apply, "
                    + "or set openimis.copy.deleteData=true to empty these tables first (in the same transaction).");
        }
        // A subset emptied with DELETE queues deferred trigger events on the tables other foreign keys reference,
        // and PostgreSQL refuses to ALTER a table with pending events: set those foreign keys aside first, too.
        Set<String> copied = plan.tables().stream().map(TablePlan::name).collect(Collectors.toSet());
        boolean referencing = options.deleteData() && !options.tables().isEmpty();
        SetAside foreignKeys = SetAside.foreignKeys(writer,
                (table, parent) -> copied.contains(table) || referencing && copied.contains(parent));
        if (options.deleteData()) {
            emptyTables(writer, plan, options);
        }
        SetAside indexes = SetAside.lookupIndexes(writer, copied::contains);
        copyTables(plan, writer, readers, kind, schema, options, now, report);
        restore(writer, indexes, "Rebuilt %d lookup indexes in %.1f s");
        resolveOrphans(writer, plan, options, report);
        restore(writer, foreignKeys, "Validated and restored %d foreign keys in %.1f s");
        resetSequences(writer, plan);
        writer.commit();
    }

    private void copyTables(CopyPlan plan, Connection writer, Supplier<Connection> readers, SourceKind kind,
                            String schema, CopyOptions options, Instant now, CopyReport report) throws SQLException {
        Object boundary = CopyPlanner.pastBoundary(kind, now, options.sourceTimeZone());
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemon("openimis-copy-reader"));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("openimis-copy-progress"));
        Map<TablePlan, BlockingQueue<Chunk>> queues = new LinkedHashMap<>();
        AtomicReference<String> current = new AtomicReference<>();
        AtomicLong currentRows = new AtomicLong();
        AtomicLong currentTotal = new AtomicLong();
        long[] tableStart = {System.nanoTime()};
        ticker.scheduleAtFixedRate(() -> progress(current.get(), currentRows.get(), currentTotal.get(), tableStart[0]),
                options.progressSeconds(), options.progressSeconds(), TimeUnit.SECONDS);
        try {
            for (TablePlan table : plan.tables()) {
                BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(QUEUE_CHUNKS);
                queues.put(table, queue);
                pool.execute(new TableReader(table, readers, kind, schema, options, boundary, queue));
            }
            CopyManager copyManager = writer.unwrap(PGConnection.class).getCopyAPI();
            for (TablePlan table : plan.tables()) {
                tableStart[0] = System.nanoTime();
                current.set(table.name());
                currentRows.set(0);
                currentTotal.set(table.rowsToCopy());
                report.add(copyTable(table, queues.get(table), copyManager, currentRows, tableStart[0]));
            }
            current.set(null);
        } finally {
            ticker.shutdownNow();
            pool.shutdownNow();
        }
    }

    private TableResult copyTable(TablePlan table, BlockingQueue<Chunk> queue, CopyManager copyManager,
                                  AtomicLong rows, long start) throws SQLException {
        String columns = table.targetColumns().stream().map(c -> quote(c.name())).collect(Collectors.joining(", "));
        CopyIn copy = copyManager.copyIn("copy " + quote(table.name()) + " (" + columns + ") from stdin");
        TableTotals sent;
        try {
            while (true) {
                Chunk chunk = take(queue, table);
                if (chunk.failure() != null) {
                    throw chunk.failure();
                }
                if (chunk.totals() != null) {
                    sent = chunk.totals();
                    break;
                }
                copy.writeToCopy(chunk.bytes(), 0, chunk.length());
                rows.addAndGet(chunk.rows());
            }
        } catch (RuntimeException | SQLException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw e;
        }
        long written = copy.endCopy();
        LineChecksum readBack = new LineChecksum();
        try {
            copyManager.copyOut("copy (select " + columns + " from " + quote(table.name()) + ") to stdout", readBack);
        } catch (IOException e) {
            throw new CopyException("Reading " + table.name() + " back from the target failed: " + e.getMessage(), e);
        }
        if (sent.rows() != table.rowsToCopy() || written != sent.rows() || readBack.rows() != sent.rows()
                || readBack.checksum() != sent.checksum()) {
            throw new CopyException("Verification of " + table.name() + " failed: the source has " + table.rowsToCopy()
                    + " rows to copy, " + sent.rows() + " were read and sent (checksum " + Long.toHexString(sent.checksum())
                    + "), the target took " + written + " and holds " + readBack.rows() + " (checksum "
                    + Long.toHexString(readBack.checksum()) + "). Was the source written during the copy? Nothing was "
                    + "committed.");
        }
        double seconds = seconds(start);
        log.accept(String.format(Locale.ROOT, "%s: %,d rows copied and verified in %.1f s", table.name(), written, seconds));
        return new TableResult(table.name(), sent.rows(), written, table.historyRows(), sent.nulStripped(), 0, seconds);
    }

    /** Lists column differences, tables the source lacks, and parents of a subset that are not copied. */
    private void notePlan(CopyPlan plan, SchemaModel model, CopyOptions options, CopyReport report) {
        for (TablePlan table : plan.tables()) {
            if (!table.ignoredSourceColumns().isEmpty()) {
                note(report, table.name() + ": source columns the entities lack, not copied: "
                        + String.join(", ", table.ignoredSourceColumns()));
            }
            if (!table.missingColumns().isEmpty()) {
                note(report, table.name() + ": columns the source lacks, left to their default or NULL: "
                        + String.join(", ", table.missingColumns()));
            }
        }
        if (!plan.missingTables().isEmpty()) {
            note(report, "Tables the source does not have, skipped: " + String.join(", ", plan.missingTables()));
        }
        for (ForeignKeyModel fk : CopyPlanner.parentsOutside(model, options.tables())) {
            note(report, fk.table() + "." + fk.columns().get(0) + " references " + fk.referencedTable()
                    + ", which openimis.copy.tables does not copy: its rows must already be in the target (checked)");
        }
    }

    private void note(CopyReport report, String note) {
        report.note(note);
        log.accept(note);
    }

    private void emptyTables(Connection writer, CopyPlan plan, CopyOptions options) throws SQLException {
        List<String> names = plan.tables().stream().map(TablePlan::name).toList();
        if (options.tables().isEmpty()) {
            execute(writer, "truncate " + names.stream().map(DataCopier::quote).collect(Collectors.joining(", ")) + " cascade");
        } else {
            for (int i = names.size() - 1; i >= 0; i--) {
                execute(writer, "delete from " + quote(names.get(i)));
            }
        }
        log.accept("Emptied " + names.size() + " target tables (openimis.copy.deleteData), in the copy's transaction");
    }

    private void restore(Connection writer, SetAside setAside, String done) {
        long start = System.nanoTime();
        try {
            setAside.restore(writer);
        } catch (SQLException e) {
            throw new CopyException(e.getMessage() + ". Nothing was committed.", e);
        }
        log.accept(String.format(Locale.ROOT, done, setAside.size(), seconds(start)));
    }

    /** Finds foreign key values without parent row; fails, or sets them NULL, as the orphan policy says. */
    private void resolveOrphans(Connection writer, CopyPlan plan, CopyOptions options, CopyReport report) throws SQLException {
        Map<String, TablePlan> copied = new LinkedHashMap<>();
        plan.tables().forEach(t -> copied.put(t.name(), t));
        List<String> failures = new ArrayList<>();
        Map<String, Long> nulled = new LinkedHashMap<>();
        for (TablePlan table : plan.tables()) {
            for (ForeignKeyModel fk : table.table().foreignKeys()) {
                String column = fk.columns().get(0);
                if (table.targetColumns().stream().noneMatch(c -> c.name().equals(column))) {
                    continue;
                }
                String orphan = "from " + quote(fk.table()) + " c where c." + quote(column) + " is not null and not exists "
                        + "(select 1 from " + quote(fk.referencedTable()) + " p where p." + quote(fk.referencedColumns().get(0))
                        + " = c." + quote(column) + ")";
                long count = count(writer, "select count(*) " + orphan);
                if (count == 0) {
                    continue;
                }
                String samples = samples(writer, table.table(), column, orphan);
                boolean danglingHistory = !options.historical() && copied.containsKey(fk.referencedTable());
                String description = String.format(Locale.ROOT, "%s.%s -> %s: %,d value(s) without parent row (e.g. %s)%s",
                        fk.table(), column, fk.referencedTable(), count, samples,
                        danglingHistory ? "; history rows skipped by openimis.copy.historical=false may be their parents" : "");
                if (options.orphans() == OrphanPolicy.NULL && table.table().column(column).orElseThrow().nullable()) {
                    execute(writer, "update " + quote(fk.table()) + " c set " + quote(column) + " = null where c."
                            + quote(column) + " is not null and not exists (select 1 from " + quote(fk.referencedTable())
                            + " p where p." + quote(fk.referencedColumns().get(0)) + " = c." + quote(column) + ")");
                    nulled.merge(fk.table(), count, Long::sum);
                    note(report, description + ": set to NULL (openimis.copy.orphans=null)");
                } else {
                    failures.add(description + (options.orphans() == OrphanPolicy.NULL ? " (NOT NULL column: cannot be set to NULL)" : ""));
                }
            }
        }
        if (!failures.isEmpty()) {
            failures.forEach(report::note);
            throw new CopyException("Foreign key values without parent row:\n  " + String.join("\n  ", failures)
                    + "\nNothing was committed. Fix the source, copy the parent tables too, or set "
                    + "openimis.copy.orphans=null to set such values to NULL.");
        }
        if (!nulled.isEmpty()) {
            List<TableResult> results = report.tables();
            for (TableResult r : results) {
                if (nulled.containsKey(r.table())) {
                    report.replace(r, new TableResult(r.table(), r.read(), r.written(), r.skippedHistory(),
                            r.nulStripped(), nulled.get(r.table()), r.seconds()));
                }
            }
        }
    }

    private static String samples(Connection writer, TableModel table, String column, String orphan) throws SQLException {
        List<String> keys = table.keyColumns().isEmpty() ? List.of(column) : table.keyColumns();
        String select = "select " + keys.stream().map(k -> "c." + quote(k) + "::text").collect(Collectors.joining(" || ',' || "))
                + " || ' (" + column + "=' || c." + quote(column) + "::text || ')' " + orphan + " order by 1 limit 5";
        List<String> samples = new ArrayList<>();
        try (Statement statement = writer.createStatement(); ResultSet rows = statement.executeQuery(select)) {
            while (rows.next()) {
                samples.add(String.join(",", keys) + "=" + rows.getString(1));
            }
        }
        return String.join("; ", samples);
    }

    /** Sets each identity or serial sequence past the largest copied value. */
    private void resetSequences(Connection writer, CopyPlan plan) throws SQLException {
        int count = 0;
        for (TablePlan table : plan.tables()) {
            for (var column : table.table().columns()) {
                if (column.identity()) {
                    execute(writer, "select setval(pg_get_serial_sequence('" + quote(table.name()).replace("'", "''") + "', '"
                            + column.name() + "'), coalesce(max(" + quote(column.name()) + "), 0) + 1, false) from "
                            + quote(table.name()));
                    count++;
                }
            }
        }
        log.accept("Set " + count + " sequences past the copied values");
    }

    private static List<String> nonEmpty(Connection writer, CopyPlan plan) throws SQLException {
        List<String> filled = new ArrayList<>();
        for (TablePlan table : plan.tables()) {
            if (count(writer, "select count(*) from (select 1 from " + quote(table.name()) + " limit 1) t") > 0) {
                filled.add(table.name());
            }
        }
        return filled;
    }

    /** Reader connections; for a PostgreSQL source they share one snapshot, so all tables are read as of one moment. */
    private static Supplier<Connection> readerConnections(ConnectionSettings source, SourceKind kind, Connection coordinator)
            throws SQLException {
        String snapshot = null;
        if (kind == SourceKind.POSTGRESQL) {
            coordinator.setAutoCommit(false);
            coordinator.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement statement = coordinator.createStatement();
                 ResultSet rows = statement.executeQuery("select pg_export_snapshot()")) {
                rows.next();
                snapshot = rows.getString(1);
            }
        }
        String exported = snapshot;
        return () -> {
            Connection connection = source.connect();
            try {
                connection.setAutoCommit(false);
                connection.setReadOnly(true);
                if (exported != null) {
                    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("set transaction snapshot '" + exported + "'");
                    }
                }
                return connection;
            } catch (SQLException e) {
                closeQuietly(connection);
                throw new CopyException("Cannot prepare a source connection: " + e.getMessage(), e);
            }
        };
    }

    private void progress(String table, long rows, long total, long start) {
        if (table == null) {
            return;
        }
        double elapsed = seconds(start);
        double rate = elapsed > 0 ? rows / elapsed : 0;
        String eta = rate > 0 && total > rows ? String.format(Locale.ROOT, "%.0f s", (total - rows) / rate) : "-";
        log.accept(String.format(Locale.ROOT, "%s: %,d of %,d rows, %,.0f rows/s, ETA %s", table, rows, total, rate, eta));
    }

    private CopyReport writeReport(CopyReport report, CopyOptions options) {
        if (options.report() != null) {
            try {
                Files.createDirectories(options.report().toAbsolutePath().getParent());
                Files.writeString(options.report(), report.toJson(), StandardCharsets.UTF_8);
                log.accept("Report written to " + options.report());
            } catch (IOException e) {
                throw new CopyException("Cannot write the report " + options.report() + " (openimis.copy.report): "
                        + e.getMessage(), e);
            }
        }
        return report;
    }

    private void fail(CopyReport report, String message, long start, CopyOptions options) {
        report.finish("failed", message, seconds(start));
        try {
            writeReport(report, options);
        } catch (CopyException e) {
            log.accept(e.getMessage());
        }
    }

    private static Chunk take(BlockingQueue<Chunk> queue, TablePlan table) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CopyException("Copy of " + table.name() + " was interrupted. Nothing was committed.", e);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // a lost connection rolls back on the server; the original error is the one to report
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing after a failed set-up; the set-up error is reported
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
