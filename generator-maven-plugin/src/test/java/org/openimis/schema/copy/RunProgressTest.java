package org.openimis.schema.copy;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RunProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void theLineShowsTheTableAndTheWholeRunWithRatesAndTimesToGo() {
        AtomicLong now = new AtomicLong();
        RunProgress progress = new RunProgress(84, 10_000, now::get);
        progress.startTable("tblGender", 3);
        progress.written(3);
        progress.tableDone();
        assertNull(progress.line(), "no line between tables");

        now.set(2 * SECOND);
        progress.startTable("tblInsuree", 4_000);
        progress.written(997);
        now.set(12 * SECOND);

        // table: 997 rows in 10 s; run: 1,000 rows in 12 s
        assertEquals("tblInsuree (table 2 of 84): 997 of 4,000 rows, 100 rows/s, ETA 30 s | run: 1,000 of 10,000 "
                + "rows (10%), 83 rows/s, ETA 1 min 48 s", progress.line());
        assertEquals("table 2 of 84", progress.tableNumber());
    }

    @Test
    void beforeAnyRowThereIsNoRateAndNoEta() {
        AtomicLong now = new AtomicLong();
        RunProgress progress = new RunProgress(1, 0, now::get);
        progress.startTable("tblGender", 0);
        assertEquals("tblGender (table 1 of 1): 0 of 0 rows, 0 rows/s, ETA - | run: 0 of 0 rows (100%), 0 rows/s, ETA -",
                progress.line());
    }
}
