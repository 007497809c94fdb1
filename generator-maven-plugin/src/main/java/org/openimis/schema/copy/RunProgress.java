package org.openimis.schema.copy;

import org.openimis.schema.log.Durations;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Where the copy phase stands: the table being written (n of N) and its rows, and the rows of the whole run against the
 * plan's total, with rates and times to go. Written by the writing thread, read by the progress ticker.
 */
final class RunProgress {

    private final int tables;
    private final long totalRows;
    private final LongSupplier clock;
    private final long start;
    private final AtomicLong rowsDone = new AtomicLong();
    private final AtomicLong tableRowsDone = new AtomicLong();
    private volatile String table;
    private volatile int tableNumber;
    private volatile long tableRows;
    private volatile long tableStart;

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    RunProgress(int tables, long totalRows, LongSupplier clock) {
        this.tables = tables;
        this.totalRows = totalRows;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    static RunProgress of(CopyPlan plan) {
        return new RunProgress(plan.tables().size(), plan.rowsToCopy(), System::nanoTime);
    }

    void startTable(String name, long rows) {
        tableNumber++;
        tableRows = rows;
        tableRowsDone.set(0);
        tableStart = clock.getAsLong();
        table = name;
    }

    void written(long rows) {
        tableRowsDone.addAndGet(rows);
        rowsDone.addAndGet(rows);
    }

    void tableDone() {
        table = null;
    }

    /** {@code table 12 of 84}. */
    String tableNumber() {
        return "table " + tableNumber + " of " + tables;
    }

    /** The progress line, or null between tables. */
    String line() {
        String name = table;
        if (name == null) {
            return null;
        }
        long now = clock.getAsLong();
        long rows = tableRowsDone.get();
        long done = rowsDone.get();
        return String.format(Locale.ROOT, "%s (%s): %,d of %,d rows, %s | run: %,d of %,d rows (%.0f%%), %s", name,
                tableNumber(), rows, tableRows, rateAndEta(rows, tableRows, now - tableStart), done, totalRows,
                totalRows == 0 ? 100.0 : 100.0 * done / totalRows, rateAndEta(done, totalRows, now - start));
    }

    private static String rateAndEta(long done, long total, long nanos) {
        double seconds = nanos / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 && total > done ? Durations.remaining((total - done) / rate) : "-";
        return String.format(Locale.ROOT, "%,.0f rows/s, ETA %s", rate, eta);
    }
}
