package org.openimis.schema.copy;

import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.jdbc.Sessions;
import org.openimis.schema.jdbc.Sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The source database of a copy, opened once at the start: its settings, kind and schema, the coordinating connection
 * (which reads the catalogue and, on PostgreSQL, holds the snapshot every reader shares) and the history cut-off.
 * On PostgreSQL no session timeout of the source's configuration ends the snapshot's session while tables are read.
 * Closing it closes every reader's connection too, also one that a reader thread still uses.
 */
final class Source implements AutoCloseable {

    private final ConnectionSettings settings;
    private final SourceKind kind;
    private final String schema;
    private final Connection coordinator;
    private final String snapshot;
    private final HistoryCutoff historyCutoff;
    private final int lockTimeoutSeconds;
    private final Set<Connection> readers = ConcurrentHashMap.newKeySet();

    private Source(ConnectionSettings settings, SourceKind kind, String schema, Connection coordinator, String snapshot,
                   HistoryCutoff historyCutoff, int lockTimeoutSeconds) {
        this.settings = settings;
        this.kind = kind;
        this.schema = schema;
        this.coordinator = coordinator;
        this.snapshot = snapshot;
        this.historyCutoff = historyCutoff;
        this.lockTimeoutSeconds = lockTimeoutSeconds;
    }

    /** Connects; a PostgreSQL source exports a snapshot so that all tables are read as of one moment. */
    static Source open(ConnectionSettings settings, String schema, CopyOptions options, Instant now) {
        SourceKind kind = SourceKind.of(settings);
        String effectiveSchema = schema == null || schema.isBlank() ? kind.defaultSchema() : schema;
        Connection coordinator = settings.connect("openimis copy-data source");
        try {
            String snapshot = null;
            if (kind == SourceKind.POSTGRESQL) {
                Sessions.forLongJob(coordinator, options.lockTimeoutSeconds());
                coordinator.setAutoCommit(false);
                coordinator.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                snapshot = Sql.queryStrings(coordinator, "select pg_export_snapshot()").get(0);
            }
            return new Source(settings, kind, effectiveSchema, coordinator, snapshot,
                    new HistoryCutoff(now, options.sourceTimeZone(), kind), options.lockTimeoutSeconds());
        } catch (SQLException e) {
            Sql.closeQuietly(coordinator);
            throw new CopyException(settings.masked("Cannot prepare the " + settings + " for reading: " + e.getMessage()), e);
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
        Connection connection = settings.connect("openimis copy-data reader");
        readers.add(connection);
        try {
            if (kind == SourceKind.POSTGRESQL) {
                Sessions.forLongJob(connection, lockTimeoutSeconds);
            }
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            if (snapshot != null) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                Sql.execute(connection, "set transaction snapshot '" + snapshot + "'");
            }
            return connection;
        } catch (SQLException e) {
            Sql.closeQuietly(connection);
            throw new CopyException(settings.masked("Cannot prepare a connection to the " + settings + ": "
                    + e.getMessage()), e);
        }
    }

    /**
     * Refuses a PostgreSQL source that is the target itself (same server, same database): the copy would wait on its
     * own locks, or empty what it reads. Checked before the target is locked.
     */
    void refuseSameDatabaseAs(Connection target, ConnectionSettings targetSettings) throws SQLException {
        if (kind != SourceKind.POSTGRESQL) {
            return;
        }
        String identity = "select current_database() || '@' || (select system_identifier from pg_control_system())";
        List<String> source = Sql.queryStrings(coordinator, identity);
        if (source.equals(Sql.queryStrings(target, identity))) {
            throw new CopyException("The source and the target are the same database (" + source.get(0).split("@")[0]
                    + " on one server: " + settings.maskedUrl() + " and " + targetSettings.maskedUrl() + "). Nothing was "
                    + "changed. Copy into another database built by apply.");
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
        for (Connection reader : readers) {
            try {
                reader.abort(Runnable::run); // also a connection a reader thread still blocks on
            } catch (SQLException | RuntimeException ignored) {
                // closing after the copy: the failure that led here, if any, is the one reported
            }
        }
        Sql.closeQuietly(coordinator);
    }

    @Override
    public String toString() {
        return settings + " (" + kind.name().toLowerCase(Locale.ROOT) + ", schema " + schema + ")";
    }
}
