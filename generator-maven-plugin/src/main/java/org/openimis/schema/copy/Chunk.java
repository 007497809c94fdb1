package org.openimis.schema.copy;

/**
 * A piece of a table's COPY stream passed from its reader to the writer: encoded rows, or the end of the table
 * (with the reader's totals), or the reader's failure.
 */
record Chunk(byte[] bytes, int length, int rows, TableTotals totals, RuntimeException failure) {

    static Chunk rows(byte[] bytes, int length, int rows) {
        return new Chunk(bytes, length, rows, null, null);
    }

    static Chunk end(TableTotals totals) {
        return new Chunk(null, 0, 0, totals, null);
    }

    static Chunk failed(RuntimeException failure) {
        return new Chunk(null, 0, 0, null, failure);
    }
}
