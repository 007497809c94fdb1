package org.openimis.schema.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Foreign keys or lookup indexes of the public schema dropped for a bulk load, in the caller's transaction, and
 * re-created from their catalogue definitions by {@link #restore}: checking a foreign key for all rows at once and
 * building an index from the loaded rows is many times faster than doing it row by row.
 */
public final class SetAside {

    private static final String FOREIGN_KEYS = """
            select c.conrelid::regclass::text, c.confrelid::regclass::text,
                   format('alter table %s drop constraint %I', c.conrelid::regclass, c.conname),
                   format('%s.%s', c.conrelid::regclass, c.conname),
                   format('alter table %s add constraint %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
            from pg_constraint c
            where c.contype = 'f' and c.connamespace = 'public'::regnamespace
            order by 1, c.conname""";

    private static final String LOOKUP_INDEXES = """
            select t.relname, format('drop index %s', x.indexrelid::regclass), x.indexrelid::regclass::text,
                   pg_get_indexdef(x.indexrelid)
            from pg_index x join pg_class t on t.oid = x.indrelid
            where t.relnamespace = 'public'::regnamespace
              and not exists (select from pg_constraint c where c.conindid = x.indexrelid)
            order by 1, x.indexrelid::regclass::text""";

    /** Told before each statement of {@link #restore}: how many are done, of how many, and the next one's name. */
    public interface Progress {
        void next(int done, int total, String name);
    }

    private final String what;
    private final List<String> names;
    private final List<String> definitions;

    private SetAside(String what, List<String> names, List<String> definitions) {
        this.what = what;
        this.names = names;
        this.definitions = definitions;
    }

    /** Drops the foreign keys for which {@code select} accepts (table, referenced table); names as regclass text. */
    public static SetAside foreignKeys(Connection connection, BiPredicate<String, String> select) throws SQLException {
        List<String> drops = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(FOREIGN_KEYS)) {
            while (rows.next()) {
                if (select.test(unquoted(rows.getString(1)), unquoted(rows.getString(2)))) {
                    drops.add(rows.getString(3));
                    names.add(rows.getString(4));
                    definitions.add(rows.getString(5));
                }
            }
        }
        Sql.execute(connection, drops);
        return new SetAside("foreign key", names, definitions);
    }

    /** Drops the indexes that back no constraint (primary and unique keys stay) of the tables {@code select} accepts. */
    public static SetAside lookupIndexes(Connection connection, Predicate<String> select) throws SQLException {
        List<String> drops = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(LOOKUP_INDEXES)) {
            while (rows.next()) {
                if (select.test(rows.getString(1))) {
                    drops.add(rows.getString(2));
                    names.add(rows.getString(3));
                    definitions.add(rows.getString(4));
                }
            }
        }
        Sql.execute(connection, drops);
        return new SetAside("index", names, definitions);
    }

    public int size() {
        return definitions.size();
    }

    /** Re-creates what was set aside; a failure names the statement (e.g. the foreign key rows violate). */
    public void restore(Connection connection) throws SQLException {
        restore(connection, (done, total, name) -> { });
    }

    /** Re-creates what was set aside, telling {@code progress} before each statement. */
    public void restore(Connection connection, Progress progress) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < definitions.size(); i++) {
                String definition = definitions.get(i);
                progress.next(i, definitions.size(), names.get(i));
                try {
                    statement.execute(definition);
                } catch (SQLException e) {
                    throw new SQLException("Restoring a " + what + " failed (" + definition + "): " + e.getMessage(),
                            e.getSQLState(), e);
                }
            }
        }
    }

    private static String unquoted(String regclass) {
        return regclass.startsWith("\"") ? regclass.substring(1, regclass.length() - 1).replace("\"\"", "\"") : regclass;
    }
}
