package org.openimis.schema.copy;

import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.testing.SqlScripts;
import org.openimis.schema.testing.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A source and a target PostgreSQL database, both with the complete openIMIS schema, for copy tests. */
final class CopyDatabases {

    final TestDatabase source;
    final TestDatabase target;

    private CopyDatabases(TestDatabase source, TestDatabase target) {
        this.source = source;
        this.target = target;
    }

    /** Two fresh databases with the schema; the source loaded with the given SQL (run in one transaction). */
    static CopyDatabases withSourceData(String prefix, String sourceSql) throws SQLException {
        CopyDatabases databases = new CopyDatabases(TestDatabase.create(prefix + "_src"), TestDatabase.create(prefix + "_tgt"));
        String schema = SqlScripts.committed("openimis-postgresql.sql");
        try (Connection source = databases.source.connect(); Connection target = databases.target.connect()) {
            SqlScripts.run(source, schema);
            SqlScripts.run(target, schema);
            if (sourceSql != null) {
                SqlScripts.run(source, sourceSql);
            }
        }
        return databases;
    }

    /** The same source with a fresh target holding the schema and no rows, for another copy of one source. */
    CopyDatabases withNewTarget(String prefix) throws SQLException {
        TestDatabase fresh = TestDatabase.create(prefix + "_tgt");
        try (Connection target = fresh.connect()) {
            SqlScripts.run(target, SqlScripts.committed("openimis-postgresql.sql"));
        }
        return new CopyDatabases(source, fresh);
    }

    /** The fixture of a SQL case group (test resource cases/NAME/fixture.sql). */
    static String caseFixture(String group) {
        try (var in = Objects.requireNonNull(CopyDatabases.class.getResourceAsStream("/cases/" + group + "/fixture.sql"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ConnectionSettings sourceSettings() {
        return new ConnectionSettings("source", "openimis.source", source.url(), source.user(), source.password());
    }

    ConnectionSettings targetSettings() {
        return new ConnectionSettings("target", "openimis.target", target.url(), target.user(), target.password());
    }

    /**
     * Each public table's content as one digest over its rows in text form, sorted: equal digests, equal content.
     * Computed by PostgreSQL, independently of the copier's own checksums.
     */
    static Map<String, String> contentDigests(TestDatabase database) throws SQLException {
        Map<String, String> digests = new TreeMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("set time zone 'UTC'");
            try (ResultSet tables = connection.createStatement().executeQuery(
                    "select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' order by 1")) {
                while (tables.next()) {
                    String table = tables.getString(1);
                    try (ResultSet digest = statement.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, "
                            + "E'\\n' order by t::text)), '') from \"" + table + "\" t")) {
                        digest.next();
                        digests.put(table, digest.getString(1));
                    }
                }
            }
        }
        return digests;
    }

    /** Runs SQL on a database in one transaction. */
    static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect()) {
            SqlScripts.run(connection, sql);
        }
    }

    /** The first column of a query's rows, in text form (NULL as null). */
    static List<String> column(TestDatabase database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    static long count(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
