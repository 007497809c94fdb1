package org.openimis.schema.copy;

import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.jdbc.Heartbeat;
import org.openimis.schema.jdbc.Sessions;
import org.openimis.schema.jdbc.Sql;
import org.postgresql.PGConnection;

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
 * On SQL Server the readers read in SNAPSHOT isolation where the database allows it; they cannot share one snapshot
 * there, so such a source is re-checked before the target commits. Every connection is watched by the source's
 * heartbeat. Closing it closes every reader's connection too, also one that a reader thread still uses.
 */
final class Source implements AutoCloseable {

    private final ConnectionSettings settings;
    private final SourceKind kind;
    private final String schema;
    private final Connection coordinator;
    private final String snapshot;
    private final HistoryCutoff historyCutoff;
    private final int lockTimeoutSeconds;
    private final String snapshotIsolationState;
    private final Heartbeat heartbeat;
    private final Set<Connection> readers = ConcurrentHashMap.newKeySet();

    private Source(ConnectionSettings settings, SourceKind kind, String schema, Connection coordinator, String snapshot,
                   HistoryCutoff historyCutoff, int lockTimeoutSeconds, String snapshotIsolationState,
                   Heartbeat heartbeat) {
        this.settings = settings;
        this.kind = kind;
        this.schema = schema;
        this.coordinator = coordinator;
        this.snapshot = snapshot;
        this.historyCutoff = historyCutoff;
        this.lockTimeoutSeconds = lockTimeoutSeconds;
        this.snapshotIsolationState = snapshotIsolationState;
        this.heartbeat = heartbeat;
    }

    /**
     * Connects; a PostgreSQL source exports a snapshot so that all tables are read as of one moment, a SQL Server
     * source is asked whether it allows SNAPSHOT isolation.
     */
    static Source open(ConnectionSettings settings, String schema, CopyOptions options, Instant now, Heartbeat heartbeat) {
        SourceKind kind = SourceKind.of(settings);
        String effectiveSchema = schema == null || schema.isBlank() ? kind.defaultSchema() : schema;
        Connection coordinator = heartbeat.watch(settings.connect("openimis copy-data source"));
        try {
            String snapshot = null;
            String snapshotIsolationState = null;
            if (kind == SourceKind.SQLSERVER) {
                snapshotIsolationState = snapshotIsolationState(coordinator);
            } else {
                Sessions.forLongJob(coordinator, options.lockTimeoutSeconds());
                coordinator.setAutoCommit(false);
                coordinator.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                snapshot = Sql.queryStrings(coordinator, "select pg_export_snapshot()").get(0);
            }
            return new Source(settings, kind, effectiveSchema, coordinator, snapshot,
                    new HistoryCutoff(now, options.sourceTimeZone(), kind), options.lockTimeoutSeconds(),
                    snapshotIsolationState, heartbeat);
        } catch (SQLException e) {
            Sql.closeQuietly(coordinator);
            throw new CopyException(settings.masked("Cannot prepare the " + settings + " for reading: " + e.getMessage()), e);
        }
    }

    /**
     * SQL Server's {@code snapshot_isolation_state} of the source database (1: SNAPSHOT allowed), or why it is unknown;
     * a source that does not say (H2 standing in for SQL Server) is read in READ COMMITTED.
     */
    private static String snapshotIsolationState(Connection coordinator) {
        try {
            List<String> state = Sql.queryStrings(coordinator,
                    "select snapshot_isolation_state from sys.databases where name = db_name()");
            return state.isEmpty() ? "unknown (no row for the database in sys.databases)" : state.get(0);
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** Whether the readers share one snapshot (PostgreSQL); otherwise a write during the copy needs the recheck. */
    boolean sharesOneSnapshot() {
        return snapshot != null;
    }

    /** How the readers see the source and why, for the log and the report. */
    String consistency(CopyOptions options) {
        if (sharesOneSnapshot()) {
            return "Source consistency: every table is read in one snapshot of the PostgreSQL source "
                    + "(pg_export_snapshot), as of the start of the copy; the source may be written meanwhile.";
        }
        String isolation = snapshotIsolation()
                ? "the source database allows SNAPSHOT isolation (snapshot_isolation_state 1): each reader reads its "
                + "table in SNAPSHOT isolation, as of its own start"
                : "the source database does not allow SNAPSHOT isolation (snapshot_isolation_state "
                + snapshotIsolationState + "; ALTER DATABASE ... SET ALLOW_SNAPSHOT_ISOLATION ON allows it): readers "
                + "read in READ COMMITTED";
        return "Source consistency: " + isolation + ". SQL Server readers cannot share one snapshot: the source must "
                + "not be written during the copy"
                + (options.sourceRecheck() ? ", and every copied table is read again before the target commits (source "
                + "recheck: row count and checksum), a difference failing the run."
                : "; the source recheck is off (" + options.setting("sourceRecheck") + "=false): a write is not detected.");
    }

    private boolean snapshotIsolation() {
        return "1".equals(snapshotIsolationState);
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
        Connection connection = heartbeat.watch(settings.connect("openimis copy-data reader"));
        readers.add(connection);
        try {
            if (kind == SourceKind.POSTGRESQL) {
                Sessions.forLongJob(connection, lockTimeoutSeconds);
                // values in binary form from the first execution: the server formats no text, the driver parses none
                connection.unwrap(PGConnection.class).setPrepareThreshold(-1);
            }
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            if (snapshot != null) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                Sql.execute(connection, "set transaction snapshot '" + snapshot + "'");
            } else if (snapshotIsolation()) {
                Sql.execute(connection, "set transaction isolation level snapshot");
            }
            return connection;
        } catch (SQLException e) {
            closeReader(connection);
            throw new CopyException(settings.masked("Cannot prepare a connection to the " + settings + ": "
                    + e.getMessage()), e);
        }
    }

    /** Closes a reader's connection and forgets it (a run opens about two per table). */
    void closeReader(Connection connection) {
        readers.remove(connection);
        heartbeat.unwatch(connection);
        Sql.closeQuietly(connection);
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
