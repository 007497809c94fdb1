package org.openimis.schema.synthetic;

import java.util.SplittableRandom;

/** The row being generated, as value rules see it: its index, the table's random source and every table's keys. */
final class Row {

    /** The key of a table's row, by index. */
    interface Keys {
        String of(String table, long index);
    }

    private final Scale scale;
    private final Keys keys;
    private final SplittableRandom random;
    private final boolean versioned;
    long index;

    Row(Scale scale, Keys keys, SplittableRandom random, boolean versioned) {
        this.scale = scale;
        this.keys = keys;
        this.random = random;
        this.versioned = versioned;
    }

    long index() {
        return index;
    }

    SplittableRandom random() {
        return random;
    }

    long rows(String table) {
        return scale.rows(table);
    }

    String key(String table, long rowIndex) {
        return keys.of(table, rowIndex);
    }

    /** The key of a random row of the table, see {@link #anyIndex}. */
    String anyKey(String table) {
        return key(table, anyIndex(0, rows(table)));
    }

    /**
     * The index of a random parent row in [from, to): a current row, except that rows DANGLING_EVERY/2,
     * DANGLING_EVERY * 3/2, ... reference a history row, as a copy that skips history rows must report.
     */
    long anyIndex(long from, long to) {
        long parent = random.nextLong(from, to);
        if (index % SyntheticData.DANGLING_EVERY == SyntheticData.DANGLING_EVERY / 2) {
            long history = parent - parent % SyntheticData.HISTORY_EVERY + SyntheticData.HISTORY_EVERY - 1;
            return history >= from && history < to ? history : parent;
        }
        return parent(parent, from, to);
    }

    /**
     * The parent row in [from, to) with the given index or, where that is a history row and this row is current,
     * its neighbour: openIMIS keeps history rows as copies of edited rows, which current rows do not reference.
     */
    long parent(long parent, long from, long to) {
        return isHistory() ? parent : current(parent, from, to);
    }

    /** The row with the given index in [from, to) or, where that is a history row, its neighbour. */
    static long current(long index, long from, long to) {
        if (!isHistory(index)) {
            return index;
        }
        return index - 1 >= from ? index - 1 : index + 1 < to ? index + 1 : index;
    }

    /** Whether this is a history row: one of a table with a ValidityTo, whose ValidityTo lies in the past. */
    boolean isHistory() {
        return versioned && isHistory(index);
    }

    /** Whether the row with this index is a history row, where the table has a ValidityTo. */
    static boolean isHistory(long index) {
        return index % SyntheticData.HISTORY_EVERY == SyntheticData.HISTORY_EVERY - 1;
    }

    String pick(String... values) {
        return values[random.nextInt(values.length)];
    }
}
