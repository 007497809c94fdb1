package org.openimis.schema.copy;

import org.openimis.schema.jdbc.CopyLine;
import org.openimis.schema.jdbc.CopyText;
import org.openimis.schema.model.ColumnModel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Streams one source table (fetch size = batch size, never the whole table in memory), encodes each row as a COPY
 * text line in the target's types, and hands the lines in chunks to a sink: the writer's bounded queue, or nothing
 * when only the totals count (the source recheck).
 */
final class TableReader implements Runnable {

    /** Where the chunks go; it may block until the writer takes one. */
    interface Sink {
        void put(Chunk chunk) throws InterruptedException;
    }

    private static final int CHUNK_BYTES = 256 * 1024;

    private final TablePlan plan;
    private final Source source;
    private final CopyOptions options;
    private final Sink sink;

    TableReader(TablePlan plan, Source source, CopyOptions options, Sink sink) {
        this.plan = plan;
        this.source = source;
        this.options = options;
        this.sink = sink;
    }

    /**
     * Reads the table and ends with its totals or its failure, whatever was thrown (an Error too: the writer must not
     * wait for a reader that died). A reader stopped because the copy failed elsewhere ends quietly.
     */
    @Override
    public void run() {
        Chunk last;
        try {
            last = Chunk.end(totals());
        } catch (Stopped e) {
            return;
        } catch (CopyException e) {
            last = Chunk.failed(e);
        } catch (SQLException e) {
            last = Chunk.failed(new CopyException("Reading " + plan.sourceTable() + " from the source failed: "
                    + e.getMessage(), e));
        } catch (Throwable e) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            last = Chunk.failed(new CopyException("Reading " + plan.sourceTable() + " from the source stopped: " + e, e));
        }
        try {
            put(last);
        } catch (Stopped e) {
            // the writer has given up already: the failure that stopped it is the one reported
        }
    }

    /** The copy was stopped while this reader waited to hand over a chunk. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Reads and encodes the whole table, handing its chunks to the sink; returns what was read. */
    TableTotals totals() throws SQLException {
        List<ColumnCodec> codecs = new ArrayList<>();
        for (int i = 0; i < plan.targetColumns().size(); i++) {
            codecs.add(new ColumnCodec(plan.name(), plan.targetColumns().get(i), plan.sourceColumns().get(i), options));
        }
        RowKey key = rowKey();
        Connection connection = source.openReader();
        try (PreparedStatement select = connection.prepareStatement(selectSql())) {
            select.setFetchSize(options.batchSize());
            if (plan.validityColumn() != null) {
                source.historyCutoff().bind(select, 1);
            }
            long rows = 0;
            long checksum = 0;
            byte[] chunk = new byte[CHUNK_BYTES];
            int length = 0;
            int chunkRows = 0;
            CopyLine line = new CopyLine();
            try (ResultSet row = select.executeQuery()) {
                key.at(row);
                while (row.next()) {
                    line.clear();
                    for (int c = 0; c < codecs.size(); c++) {
                        if (c > 0) {
                            line.append('\t');
                        }
                        codecs.get(c).append(row, c + 1, line, key);
                    }
                    int lineLength = line.length();
                    if (length + lineLength + 1 > chunk.length || chunkRows >= options.batchSize()) {
                        put(Chunk.rows(chunk, length, chunkRows));
                        chunk = new byte[Math.max(CHUNK_BYTES, lineLength + 1)];
                        length = 0;
                        chunkRows = 0;
                    }
                    System.arraycopy(line.bytes(), 0, chunk, length, lineLength);
                    checksum += CopyText.hash(chunk, length, length + lineLength);
                    length += lineLength;
                    chunk[length++] = '\n';
                    chunkRows++;
                    rows++;
                }
            }
            if (chunkRows > 0) {
                put(Chunk.rows(chunk, length, chunkRows));
            }
            connection.rollback(); // read-only: end the transaction that streamed the cursor
            return new TableTotals(rows, checksum, codecs.stream().flatMap(c -> c.changes().stream()).toList());
        } finally {
            source.closeReader(connection);
        }
    }

    String selectSql() {
        String columns = plan.sourceColumns().stream().map(c -> source.quote(c.name())).collect(Collectors.joining(", "));
        String sql = "select " + columns + " from " + source.qualified(plan.sourceTable());
        if (plan.validityColumn() != null) {
            String validity = source.quote(plan.validityColumn());
            sql += " where " + validity + " is null or " + validity + " >= ?";
        }
        return sql;
    }

    private RowKey rowKey() {
        List<String> keys = plan.table().keyColumns();
        int[] indexes = new int[keys.size()];
        List<ColumnModel> targets = plan.targetColumns();
        for (int k = 0; k < keys.size(); k++) {
            for (int c = 0; c < targets.size(); c++) {
                if (targets.get(c).name().equals(keys.get(k))) {
                    indexes[k] = c + 1;
                }
            }
        }
        return new RowKey(keys, indexes);
    }

    private void put(Chunk chunk) {
        try {
            sink.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }
}
