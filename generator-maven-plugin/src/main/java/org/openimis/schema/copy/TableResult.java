package org.openimis.schema.copy;

import java.util.List;

/**
 * What the copy did to one table.
 *
 * @param read rows read from the source
 * @param written rows written to the target (and read back, checksum verified)
 * @param skippedHistory rows not copied because their ValidityTo lies in the past
 * @param changes values written other than the source's, per column and policy
 * @param orphansNulled foreign key values without parent row set to NULL
 */
public record TableResult(String table, long read, long written, long skippedHistory, List<ValueChangeCount> changes,
                          long orphansNulled, double seconds) {

    /** Text values whose NUL characters were removed. */
    public long nulStripped() {
        return changes.stream().filter(c -> c.change() == ValueChange.NUL_STRIPPED).mapToLong(ValueChangeCount::count).sum();
    }
}
