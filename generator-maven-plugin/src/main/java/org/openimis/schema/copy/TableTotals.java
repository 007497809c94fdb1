package org.openimis.schema.copy;

/** What a reader sent of one table: rows, the order-independent checksum of their lines, NUL values stripped. */
record TableTotals(long rows, long checksum, long nulStripped) {
}
