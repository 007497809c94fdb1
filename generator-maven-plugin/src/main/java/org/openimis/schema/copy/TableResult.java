package org.openimis.schema.copy;

/**
 * What the copy did to one table.
 *
 * @param read rows read from the source
 * @param written rows written to the target (and read back, checksum verified)
 * @param skippedHistory rows not copied because their ValidityTo lies in the past
 * @param nulStripped text values whose NUL characters were removed
 * @param orphansNulled foreign key values without parent row set to NULL
 */
public record TableResult(String table, long read, long written, long skippedHistory, long nulStripped,
                          long orphansNulled, double seconds) {
}
