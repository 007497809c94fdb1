package org.openimis.schema.apply;

import org.openimis.schema.extras.SqlObject;
import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.jdbc.Heartbeat;
import org.openimis.schema.jdbc.ServerStoppedAnswering;
import org.openimis.schema.jdbc.Sql;
import org.openimis.schema.log.Durations;
import org.openimis.schema.log.Messages;
import org.openimis.schema.log.ToolLog;
import org.openimis.schema.script.ScriptPart;
import org.openimis.schema.script.SchemaScript;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds or refreshes a live PostgreSQL database from a schema script, in one transaction. */
public final class SchemaApplier {

    private static final String NOTHING = "Nothing was committed.";

    private final ToolLog log;

    public SchemaApplier(ToolLog log) {
        this.log = log;
    }

    /**
     * Connects and applies the script in the given mode, the server watched by a {@link Heartbeat} of
     * {@code heartbeatSeconds} (0: none): a server that stops answering ends the run with a message naming it.
     */
    public void apply(ConnectionSettings database, SchemaScript script, ApplyMode mode, int heartbeatSeconds) {
        try {
            Heartbeat.watched(database, "openimis apply", heartbeatSeconds, "openimis.apply.heartbeatSeconds",
                    "the schema was applied", connection -> {
                        apply(connection, script, mode);
                        return null;
                    });
        } catch (ServerStoppedAnswering e) {
            throw new ApplyException(Messages.then(e.getMessage(), NOTHING), e);
        }
    }

    /**
     * Applies the script in the given mode. Either everything is committed, or nothing: on any error the transaction
     * is rolled back and the exception names the object (table, constraint, index or sql-extras file) that failed.
     */
    public void apply(Connection connection, SchemaScript script, ApplyMode mode) {
        long start = System.nanoTime();
        try {
            connection.setAutoCommit(false);
            List<String> existing = existingTables(connection, script);
            if (mode == ApplyMode.CREATE && !existing.isEmpty()) {
                throw new ApplyException("The database already holds " + existing.size() + " openIMIS table(s) ("
                        + String.join(", ", existing.subList(0, Math.min(5, existing.size())))
                        + (existing.size() > 5 ? ", ..." : "") + "). Apply to an empty database, or set "
                        + "openimis.apply.mode=replace-objects to re-create only the views and functions. " + NOTHING);
            }
            if (mode == ApplyMode.REPLACE_OBJECTS && existing.isEmpty()) {
                throw new ApplyException("The database holds no openIMIS tables, so there is nothing to replace objects "
                        + "in. Use openimis.apply.mode=create to build the schema. " + NOTHING);
            }
            if (mode == ApplyMode.CREATE) {
                run(connection, script.parts());
            } else {
                replaceObjects(connection, script.extras());
            }
            connection.commit();
            log.info(String.format(Locale.ROOT, "Applied the schema (%s) in %.1f s", mode.settingValue(),
                    Durations.secondsSince(start)));
        } catch (SQLException e) {
            Sql.rollbackQuietly(connection);
            throw new ApplyException(Messages.then("Applying the schema failed: " + e.getMessage(), NOTHING), e);
        } catch (RuntimeException e) {
            Sql.rollbackQuietly(connection);
            throw e;
        }
    }

    private void run(Connection connection, List<ScriptPart> parts) {
        String section = null;
        int count = 0;
        long sectionStart = System.nanoTime();
        for (ScriptPart part : parts) {
            String kind = sectionOf(part);
            if (!kind.equals(section)) {
                logSection(section, count, sectionStart);
                section = kind;
                count = 0;
                sectionStart = System.nanoTime();
            }
            execute(connection, part);
            count++;
        }
        logSection(section, count, sectionStart);
    }

    private void replaceObjects(Connection connection, List<SqlObject> extras) throws SQLException {
        List<SqlObject> replaceable = extras.stream().filter(o -> o.kind().replaceable()).toList();
        long start = System.nanoTime();
        for (int i = replaceable.size() - 1; i >= 0; i--) {
            drop(connection, replaceable.get(i));
        }
        log.info(String.format(Locale.ROOT, "Dropped %d views and functions in %.1f s", replaceable.size(),
                Durations.secondsSince(start)));
        run(connection, replaceable.stream().map(ScriptPart::of).toList());
    }

    private static void drop(Connection connection, SqlObject object) throws SQLException {
        for (String sql : object.kind().dropStatements(connection, object.name())) {
            try {
                Sql.execute(connection, sql);
            } catch (SQLException e) {
                throw new ApplyException(Messages.then("Cannot drop " + object.file() + " (" + sql + "): "
                        + e.getMessage(), "Does another object of the database depend on it? " + NOTHING), e);
            }
        }
    }

    private void execute(Connection connection, ScriptPart part) {
        try {
            Sql.execute(connection, part.sql());
        } catch (SQLException e) {
            throw new ApplyException(Messages.then("Applying " + part.label() + " failed: " + e.getMessage(), NOTHING), e);
        }
    }

    private static List<String> existingTables(Connection connection, SchemaScript script) throws SQLException {
        List<String> names = script.parts().stream()
                .map(ScriptPart::label)
                .filter(label -> label.startsWith("table "))
                .map(label -> label.substring("table ".length()).replace("\"", ""))
                .toList();
        List<String> existing = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select c.relname from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' "
                        + "and c.relname = any (?) order by 1")) {
            query.setArray(1, connection.createArrayOf("text", names.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    existing.add(rows.getString(1));
                }
            }
        }
        return existing;
    }

    private static String sectionOf(ScriptPart part) {
        if (part.extra() != null) {
            return "sql-extras " + part.extra().kind().folder();
        }
        if (part.label().startsWith("table ")) {
            return "tables";
        }
        return part.label().startsWith("constraint ") ? "constraints" : "indexes";
    }

    private void logSection(String section, int count, long start) {
        if (section != null) {
            log.info(String.format(Locale.ROOT, "Created %d %s in %.1f s", count, section, Durations.secondsSince(start)));
        }
    }
}
