package org.openimis.schema.copy;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The source recheck phase, for a source whose readers share no snapshot (SQL Server): every copied table is read and
 * encoded again by {@code threads} readers, as the copy did it, and its row count and checksum must equal what was
 * copied; a difference means the source was written during the copy and fails the run.
 */
final class SourceRecheck {

    private SourceRecheck() {
    }

    static void run(CopyRun run, Source source, Map<TablePlan, TableTotals> copied) {
        ExecutorService readers = Executors.newFixedThreadPool(run.options.threads(),
                TableCopier.daemon("openimis-copy-recheck"));
        try {
            Map<TablePlan, Future<TableTotals>> now = new LinkedHashMap<>();
            for (TablePlan table : copied.keySet()) {
                now.put(table, readers.submit(() -> new TableReader(table, source, run.options, chunk -> { }).totals()));
            }
            for (Map.Entry<TablePlan, Future<TableTotals>> table : now.entrySet()) {
                run.doing("source recheck of " + table.getKey().sourceTable());
                compare(table.getKey(), copied.get(table.getKey()), result(run, table.getKey(), table.getValue()));
            }
        } finally {
            readers.shutdownNow();
        }
    }

    private static void compare(TablePlan table, TableTotals copied, TableTotals now) {
        String advice = " Stop every application that writes to the source during the copy, then run it again.";
        if (now.rows() != copied.rows()) {
            throw new CopyException(String.format(Locale.ROOT, "Source recheck of %s failed: the source now holds %,d "
                    + "rows to copy, %,d were copied: the source was written during the copy.", table.sourceTable(),
                    now.rows(), copied.rows()) + advice);
        }
        if (now.checksum() != copied.checksum()) {
            throw new CopyException(String.format(Locale.ROOT, "Source recheck of %s failed: the source still holds "
                    + "%,d rows to copy, but their content differs from what was copied (checksum %s, copied %s): rows "
                    + "were changed during the copy.", table.sourceTable(), now.rows(), Long.toHexString(now.checksum()),
                    Long.toHexString(copied.checksum())) + advice);
        }
    }

    /** The reader's totals, waited for as long as the source answers the heartbeat. */
    private static TableTotals result(CopyRun run, TablePlan table, Future<TableTotals> reading) {
        try {
            while (true) {
                try {
                    return reading.get(1, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    run.requireServersAnswering();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CopyException("The source recheck of " + table.sourceTable() + " was interrupted.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CopyException copyException) {
                throw copyException;
            }
            throw new CopyException("Reading " + table.sourceTable() + " again from the source (source recheck) "
                    + (cause instanceof SQLException ? "failed: " + cause.getMessage() : "stopped: " + cause), cause);
        }
    }
}
