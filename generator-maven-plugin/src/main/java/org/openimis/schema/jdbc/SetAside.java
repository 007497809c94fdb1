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
 * Foreign keys, primary and unique keys, or lookup indexes of the public schema dropped for a bulk load, in the caller's transaction, and
 * re-created from their catalogue definitions by {@link #restore}: checking a foreign key for all rows at once and
 * building an index from the loaded rows is many times faster than doing it row by row.
 */
public final class SetAside {

    private static final String FOREIGN_KEYS = """
            select format('alter table %s drop constraint %I', c.conrelid::regclass, c.conname),
                   format('%s.%s', c.conrelid::regclass, c.conname),
                   format('alter table %s add constraint %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)),
                   c.conrelid::regclass::text, c.confrelid::regclass::text
            from pg_constraint c
            where c.contype = 'f' and c.connamespace = 'public'::regnamespace
            order by c.conrelid::regclass::text, c.conname""";

    /** Keys whose index has the key's name and that nothing else (a foreign key, a view's GROUP BY) depends on. */
    private static final String UNIQUE_KEYS = """
            select format('alter table %s drop constraint %I', c.conrelid::regclass, c.conname),
                   format('%s.%s', c.conrelid::regclass, c.conname),
                   format('alter table %s add constraint %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)),
                   t.relname
            from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_class x on x.oid = c.conindid
            where c.contype in ('p', 'u') and c.connamespace = 'public'::regnamespace and x.relname = c.conname
              and not exists (select from pg_depend d where d.deptype = 'n'
                  and (d.refclassid = 'pg_constraint'::regclass and d.refobjid = c.oid
                       or d.refclassid = 'pg_class'::regclass and d.refobjid = c.conindid))
            order by t.relname, c.contype, c.conname""";

    private static final String LOOKUP_INDEXES = """
            select format('drop index %s', x.indexrelid::regclass), x.indexrelid::regclass::text,
                   pg_get_indexdef(x.indexrelid), t.relname
            from pg_index x join pg_class t on t.oid = x.indrelid
            where t.relnamespace = 'public'::regnamespace
              and not exists (select from pg_constraint c where c.conindid = x.indexrelid)
            order by t.relname, x.indexrelid::regclass::text""";

    /** Told before each statement of {@link #restore}: how many are done, of how many, and the next one's name. */
    public interface Progress {
        void next(int done, int total, String name);
    }

    /** Decides from a catalogue row whether its object is set aside. */
    private interface Selection {
        boolean test(ResultSet row) throws SQLException;
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
        return drop(connection, "foreign key", FOREIGN_KEYS,
                row -> select.test(unquoted(row.getString(4)), unquoted(row.getString(5))));
    }

    /**
     * Drops the primary and unique keys of the tables {@code select} accepts, except those a remaining foreign key or a
     * view needs: building a key's index from the loaded rows is faster than inserting each row into it.
     */
    public static SetAside uniqueKeys(Connection connection, Predicate<String> select) throws SQLException {
        return drop(connection, "key", UNIQUE_KEYS, row -> select.test(row.getString(4)));
    }

    /** Drops the indexes that back no constraint of the tables {@code select} accepts. */
    public static SetAside lookupIndexes(Connection connection, Predicate<String> select) throws SQLException {
        return drop(connection, "index", LOOKUP_INDEXES, row -> select.test(row.getString(4)));
    }

    /** Runs a catalogue query of (drop statement, name, definition, ...) and drops what {@code select} accepts. */
    private static SetAside drop(Connection connection, String what, String query, Selection select)
            throws SQLException {
        List<String> drops = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                if (select.test(rows)) {
                    drops.add(rows.getString(1));
                    names.add(rows.getString(2));
                    definitions.add(rows.getString(3));
                }
            }
        }
        Sql.execute(connection, drops);
        return new SetAside(what, names, definitions);
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
