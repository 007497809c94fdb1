package org.openimis.schema.copy;

import org.openimis.schema.jdbc.Sql;
import org.openimis.schema.log.Durations;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.sql.SQLException;

/**
 * The verify phase, table by table: reads the written table back with {@code COPY ... TO STDOUT} and compares its row
 * count and order-independent checksum with what the reader sent and with the source's count.
 */
final class ReadBackVerifier {

    private final CopyManager copyManager;
    private double seconds;

    ReadBackVerifier(CopyManager copyManager) {
        this.copyManager = copyManager;
    }

    void verify(TablePlan table, String columns, TableTotals sent, long written) throws SQLException {
        long start = System.nanoTime();
        LineChecksum readBack = new LineChecksum();
        try {
            copyManager.copyOut("copy (select " + columns + " from " + Sql.quote(table.name())
                    + ") to stdout", readBack);
        } catch (IOException e) {
            throw new CopyException("Reading " + table.name() + " back from the target failed: " + e.getMessage(), e);
        }
        seconds += Durations.secondsSince(start);
        if (sent.rows() != table.rowsToCopy() || written != sent.rows() || readBack.rows() != sent.rows()
                || readBack.checksum() != sent.checksum()) {
            throw new CopyException("Verification of " + table.name() + " failed: the source has " + table.rowsToCopy()
                    + " rows to copy, " + sent.rows() + " were read and sent (checksum " + Long.toHexString(sent.checksum())
                    + "), the target took " + written + " and holds " + readBack.rows() + " (checksum "
                    + Long.toHexString(readBack.checksum()) + "). Was the source written during the copy? Nothing was "
                    + "committed.");
        }
    }

    /** Time spent reading back, over all tables. */
    double seconds() {
        return seconds;
    }
}
