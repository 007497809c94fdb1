package org.openimis.schema.verify;

import org.openimis.schema.log.ToolLog;
import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.jdbc.Heartbeat;
import org.openimis.schema.jdbc.ServerStoppedAnswering;
import org.openimis.schema.jdbc.Sql;
import org.openimis.schema.extras.SqlObject;
import org.openimis.schema.script.SchemaScript;
import org.openimis.schema.script.ScriptPart;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Verifies that a schema of a live PostgreSQL database is the one a schema script builds. The expected schema is built
 * by the script itself in a scratch schema of the same database, inside a transaction that is always rolled back, so
 * that PostgreSQL normalises types, defaults and definitions the same way on both sides; the two are then compared
 * through {@code pg_catalog}. It needs the CREATE privilege on the database (for the scratch schema) and nothing else;
 * on the live schema it takes only the locks a SELECT takes (waiting at most 30 s for them) and it leaves nothing behind.
 */
public final class DatabaseVerifier {

    private final ToolLog log;

    public DatabaseVerifier(ToolLog log) {
        this.log = log;
    }

    /**
     * Connects and compares, the server watched by a {@link Heartbeat} of {@code heartbeatSeconds} (0: none): a server
     * that stops answering ends the run with a message naming it.
     */
    public VerifyReport verify(ConnectionSettings database, SchemaScript script, String schema, IgnorePatterns ignore,
                               int heartbeatSeconds) {
        try {
            return Heartbeat.watched(database, "openimis verify-database", heartbeatSeconds,
                    "openimis.verify.heartbeatSeconds", "the schema was verified",
                    connection -> verify(connection, script, schema, ignore));
        } catch (ServerStoppedAnswering e) {
            throw new VerifyException(e.getMessage(), e);
        }
    }

    /** Compares the schema with the script's; the database is left as it was. */
    public VerifyReport verify(Connection connection, SchemaScript script, String schema, IgnorePatterns ignore) {
        long start = System.nanoTime();
        Catalog expected;
        Catalog live;
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (!CatalogReader.exists(connection, schema)) {
                    throw new VerifyException("The database has no schema '" + schema + "' (openimis.verify.schema).");
                }
                execute(connection, "set local lock_timeout = '30s'");
                String scratch = "openimis_verify_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
                createScratch(connection, scratch);
                long buildStart = System.nanoTime();
                execute(connection, "set local search_path = " + Sql.quote(scratch));
                for (ScriptPart part : script.parts()) {
                    build(connection, part);
                }
                log.info(String.format("Built the expected schema (%d statements) in a scratch schema in %.1f s",
                        script.parts().size(), seconds(buildStart)));
                expected = CatalogReader.read(connection, scratch);
                live = CatalogReader.read(connection, schema);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            if ("55P03".equals(e.getSQLState())) {
                throw new VerifyException("Waited 30 s for a lock on schema " + schema + ": reading a table's or view's "
                        + "definition takes the lock a SELECT takes, and another session holds an exclusive one (ALTER "
                        + "TABLE, VACUUM FULL, ...). Nothing was changed; run again when it is done.", e);
            }
            throw new VerifyException("Verifying the schema failed: " + e.getMessage(), e);
        }
        List<String> objectOrder = script.extras().stream().map(SqlObject::name).toList();
        List<Difference> found = SchemaComparison.compare(expected, live, objectOrder);
        List<Difference> kept = found.stream().filter(d -> !ignore.matches(d)).toList();
        List<Difference> ignored = found.stream().filter(ignore::matches).toList();
        List<FixScript.Entry> fixes = new ArrayList<>();
        kept.forEach(d -> fixes.add(new FixScript.Entry(d.message(), d.fixes())));
        fixes.addAll(SchemaComparison.dependentViews(kept, expected, live, objectOrder));
        return new VerifyReport(schema, kept, ignored, fixes, expected.tables().size(), expected.views().size(),
                expected.functions().size(), seconds(start));
    }

    private static void createScratch(Connection connection, String scratch) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create schema " + Sql.quote(scratch));
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                throw new VerifyException("verify-database builds the expected schema in a scratch schema that it rolls "
                        + "back, and so needs the CREATE privilege on the database: " + e.getMessage()
                        + ". Grant it (grant create on database ... to ...) or connect as another user.", e);
            }
            throw e;
        }
    }

    private static void build(Connection connection, ScriptPart part) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(part.sql());
        } catch (SQLException e) {
            throw new VerifyException("Building the expected schema failed at " + part.label() + ": " + e.getMessage()
                    + ". Nothing was changed.", e);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
