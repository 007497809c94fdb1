package org.openimis.schema.copy;

import org.openimis.schema.jdbc.Sql;
import org.openimis.schema.log.Durations;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.sql.Connection;
import java.sql.SQLException;
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
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The copy phase: {@code threads} readers stream and encode source tables ahead through bounded queues while one
 * connection writes them, in plan order, with PostgreSQL {@code COPY}; each table is verified as soon as it is written.
 */
final class TableCopier {

    private static final int QUEUE_CHUNKS = 4;

    private final CopyRun run;
    private final Map<TablePlan, TableTotals> sent = new LinkedHashMap<>();
    private volatile RunProgress progress;

    TableCopier(CopyRun run) {
        this.run = run;
    }

    /** Copies every planned table, verifying each with {@code verifier}; returns the per-table results. */
    List<TableResult> copyAll(CopyPlan plan, Source source, Connection target, ReadBackVerifier verifier,
                              Set<String> freezable) throws SQLException {
        progress = RunProgress.of(plan);
        ExecutorService readers = Executors.newFixedThreadPool(run.options.threads(), daemon("openimis-copy-reader"));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("openimis-copy-progress"));
        ticker.scheduleAtFixedRate(this::logProgress, run.options.progressSeconds(), run.options.progressSeconds(),
                TimeUnit.SECONDS);
        try {
            Map<TablePlan, BlockingQueue<Chunk>> queues = new LinkedHashMap<>();
            Map<TablePlan, Future<?>> reading = new LinkedHashMap<>();
            for (TablePlan table : plan.tables()) {
                BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(QUEUE_CHUNKS);
                queues.put(table, queue);
                reading.put(table, readers.submit(new TableReader(table, source, run.options, queue::put)));
            }
            CopyManager copyManager = target.unwrap(PGConnection.class).getCopyAPI();
            List<TableResult> results = new ArrayList<>();
            for (TablePlan table : plan.tables()) {
                results.add(copyTable(table, queues.get(table), reading.get(table), copyManager, verifier,
                        freezable.contains(table.name())));
            }
            return results;
        } finally {
            ticker.shutdownNow();
            readers.shutdownNow();
        }
    }

    /** What the readers sent of each table copied so far: rows and checksum, as the verification compared them. */
    Map<TablePlan, TableTotals> sent() {
        return sent;
    }

    private TableResult copyTable(TablePlan table, BlockingQueue<Chunk> queue, Future<?> reader,
                                  CopyManager copyManager, ReadBackVerifier verifier, boolean freeze)
            throws SQLException {
        long tableStart = System.nanoTime();
        run.doing("copy of " + table.name());
        progress.startTable(table.name(), table.rowsToCopy());
        String columns = table.targetColumns().stream().map(c -> Sql.quote(c.name())).collect(Collectors.joining(", "));
        CopyIn copy = copyManager.copyIn("copy " + Sql.quote(table.name()) + " (" + columns + ") from stdin"
                + (freeze ? " with (freeze)" : ""));
        TableTotals totals;
        try {
            totals = send(table, queue, reader, copy);
        } catch (RuntimeException | SQLException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw e;
        }
        long written = copy.endCopy();
        verifier.verify(table, columns, totals, written);
        sent.put(table, totals);
        progress.tableDone();
        double seconds = Durations.secondsSince(tableStart);
        run.log.info(String.format(Locale.ROOT, "%s: %,d rows copied and verified in %.1f s (%s)", table.name(), written,
                seconds, progress.tableNumber()));
        for (ValueChangeCount change : totals.changes()) {
            run.warn(String.format(Locale.ROOT, "%s.%s: %,d value(s) changed: %s", table.name(), change.column(),
                    change.count(), change.change().description()));
        }
        return new TableResult(table.name(), totals.rows(), written, table.historyRows(), totals.changes(), 0, seconds);
    }

    /** Writes the reader's chunks into the COPY until the reader's end (its totals) or its failure. */
    private TableTotals send(TablePlan table, BlockingQueue<Chunk> queue, Future<?> reader, CopyIn copy)
            throws SQLException {
        while (true) {
            Chunk chunk = take(queue, reader, table);
            if (chunk.failure() != null) {
                throw chunk.failure();
            }
            if (chunk.totals() != null) {
                return chunk.totals();
            }
            copy.writeToCopy(chunk.bytes(), 0, chunk.length());
            progress.written(chunk.rows());
        }
    }

    private void logProgress() {
        String line = progress.line();
        if (line != null) {
            run.log.info(line);
        }
    }

    /**
     * The reader's next chunk; fails if the reader ended without a last one (it could not even hand over its failure),
     * or if a server stopped answering (the reader may be waiting for a login that cannot be aborted).
     */
    private Chunk take(BlockingQueue<Chunk> queue, Future<?> reader, TablePlan table) {
        try {
            while (true) {
                Chunk chunk = queue.poll(1, TimeUnit.SECONDS);
                if (chunk != null) {
                    return chunk;
                }
                run.requireServersAnswering();
                if (reader.isDone() && queue.isEmpty()) {
                    throw new CopyException("The reader of " + table.sourceTable() + " stopped without a result. "
                            + "Nothing was committed.");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CopyException("Copy of " + table.name() + " was interrupted. Nothing was committed.", e);
        }
    }

    static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
