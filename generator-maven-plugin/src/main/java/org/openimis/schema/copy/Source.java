package org.openimis.schema.copy;

import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.jdbc.Sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;

/**
 * The source database of a copy, opened once at the start: its settings, kind and schema, the coordinating connection
 * (which reads the catalogue and, on PostgreSQL, holds the snapshot every reader shares) and the history cut-off.
 */
final class Source implements AutoCloseable {

    private final ConnectionSettings settings;
    private final SourceKind kind;
    private final String schema;
    private final Connection coordinator;
    private final String snapshot;
    private final HistoryCutoff historyCutoff;

    private Source(ConnectionSettings settings, SourceKind kind, String schema, Connection coordinator, String snapshot,
                   HistoryCutoff historyCutoff) {
        this.settings = settings;
        this.kind = kind;
        this.schema = schema;
        this.coordinator = coordinator;
        this.snapshot = snapshot;
        this.historyCutoff = historyCutoff;
    }

    /** Connects; a PostgreSQL source exports a snapshot so that all tables are read as of one moment. */
    static Source open(ConnectionSettings settings, String schema, CopyOptions options, Instant now) {
        SourceKind kind = SourceKind.of(settings);
        String effectiveSchema = schema == null || schema.isBlank() ? kind.defaultSchema() : schema;
        Connection coordinator = settings.connect();
        try {
            String snapshot = null;
            if (kind == SourceKind.POSTGRESQL) {
                coordinator.setAutoCommit(false);
                coordinator.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                snapshot = Sql.queryStrings(coordinator, "select pg_export_snapshot()").get(0);
            }
            return new Source(settings, kind, effectiveSchema, coordinator, snapshot,
                    new HistoryCutoff(now, options.sourceTimeZone(), kind));
        } catch (SQLException e) {
            Sql.closeQuietly(coordinator);
            throw new CopyException("Cannot prepare the " + settings + " for reading: " + e.getMessage(), e);
        }
    }

    SourceKind kind() {
        return kind;
    }

    String schema() {
        return schema;
    }

    HistoryCutoff historyCutoff() {
        return historyCutoff;
    }

    /** The connection that reads the catalogue and counts rows (inside the shared snapshot on PostgreSQL). */
    Connection catalogConnection() {
        return coordinator;
    }

    /** A new read-only connection for one table's reader, in the shared snapshot where the source has one. */
    Connection openReader() {
        Connection connection = settings.connect();
        try {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            if (snapshot != null) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                Sql.execute(connection, "set transaction snapshot '" + snapshot + "'");
            }
            return connection;
        } catch (SQLException e) {
            Sql.closeQuietly(connection);
            throw new CopyException("Cannot prepare a connection to the " + settings + ": " + e.getMessage(), e);
        }
    }

    /** A table of the source schema, quoted as the source's SQL wants it. */
    String qualified(String table) {
        return kind.quote(schema) + "." + kind.quote(table);
    }

    String quote(String identifier) {
        return kind.quote(identifier);
    }

    @Override
    public void close() {
        Sql.closeQuietly(coordinator);
    }

    @Override
    public String toString() {
        return settings + " (" + kind.name().toLowerCase(Locale.ROOT) + ", schema " + schema + ")";
    }
}
