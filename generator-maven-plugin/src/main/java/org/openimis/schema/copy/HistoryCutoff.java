package org.openimis.schema.copy;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The moment before which a row's ValidityTo makes it a history row: the copy's start, bound as the source's
 * ValidityTo column holds date-times (with offset on PostgreSQL, local in the source time zone on SQL Server).
 */
record HistoryCutoff(Instant instant, ZoneId sourceZone, SourceKind kind) {

    void bind(PreparedStatement statement, int index) throws SQLException {
        statement.setObject(index, kind == SourceKind.POSTGRESQL
                ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)
                : LocalDateTime.ofInstant(instant, sourceZone));
    }
}
