package org.openimis.schema.copy;

import java.util.List;

/** What a reader sent of one table: rows, the order-independent checksum of their lines, values changed by policy. */
record TableTotals(long rows, long checksum, List<ValueChangeCount> changes) {
}
