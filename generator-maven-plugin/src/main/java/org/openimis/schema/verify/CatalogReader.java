package org.openimis.schema.verify;

import org.openimis.schema.jdbc.Sql;
import org.openimis.schema.verify.Catalog.Column;
import org.openimis.schema.verify.Catalog.Constraint;
import org.openimis.schema.verify.Catalog.Function;
import org.openimis.schema.verify.Catalog.Index;
import org.openimis.schema.verify.Catalog.Table;
import org.openimis.schema.verify.Catalog.View;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link Catalog} from {@code pg_catalog}. It sets the transaction's search_path to the schema read, so that
 * PostgreSQL prints the names of that schema's objects unqualified in defaults, constraints and view queries; index
 * and function definitions, which PostgreSQL always qualifies, have the schema removed before the object name.
 */
final class CatalogReader {

    /** Leaves out the objects that belong to an extension. */
    private static final String NOT_EXTENSION_MEMBER = " and not exists (select 1 from pg_depend e where e.objid = %s"
            + " and e.classid = '%s'::regclass and e.deptype = 'e')";

    private static final String TABLES = "select c.relname, obj_description(c.oid, 'pg_class') from pg_class c "
            + "where c.relnamespace = ?::regnamespace and c.relkind in ('r', 'p')"
            + NOT_EXTENSION_MEMBER.formatted("c.oid", "pg_class") + " order by c.oid";

    private static final String COLUMNS = "select c.relname, a.attname, format_type(a.atttypid, a.atttypmod), "
            + "a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity from pg_attribute a "
            + "join pg_class c on c.oid = a.attrelid left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum "
            + "where c.relnamespace = ?::regnamespace and c.relkind in ('r', 'p') and a.attnum > 0 "
            + "and not a.attisdropped order by c.oid, a.attnum";

    private static final String CONSTRAINTS = "select c.relname, k.conname, k.contype, pg_get_constraintdef(k.oid), "
            + "k.condeferrable, k.condeferred from pg_constraint k join pg_class c on c.oid = k.conrelid "
            + "where c.relnamespace = ?::regnamespace and c.relkind in ('r', 'p') and k.contype in ('p', 'u', 'f', 'c', 'x') "
            + "order by k.oid";

    private static final String INDEXES = "select c.relname, i.relname, pg_get_indexdef(i.oid) from pg_index x "
            + "join pg_class i on i.oid = x.indexrelid join pg_class c on c.oid = x.indrelid "
            + "where c.relnamespace = ?::regnamespace and c.relkind in ('r', 'p') and not exists (select 1 from pg_constraint k "
            + "where k.conindid = x.indexrelid and k.conrelid = x.indrelid and k.contype in ('p', 'u', 'x')) "
            + "order by i.oid";

    private static final String VIEWS = "select c.relname, pg_get_viewdef(c.oid, true) from pg_class c "
            + "where c.relnamespace = ?::regnamespace and c.relkind = 'v'"
            + NOT_EXTENSION_MEMBER.formatted("c.oid", "pg_class") + " order by c.oid";

    private static final String VIEW_DEPENDENCIES = "select distinct v.relname, coalesce(r.relname, p.proname || '()'), "
            + "a.attname from pg_rewrite w join pg_class v on v.oid = w.ev_class "
            + "join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = w.oid "
            + "left join pg_class r on d.refclassid = 'pg_class'::regclass and r.oid = d.refobjid and r.oid <> v.oid "
            + "left join pg_attribute a on a.attrelid = r.oid and d.refobjsubid > 0 and a.attnum = d.refobjsubid "
            + "left join pg_proc p on d.refclassid = 'pg_proc'::regclass and p.oid = d.refobjid "
            + "where v.relnamespace = ?::regnamespace and v.relkind = 'v' and (r.oid is not null or p.oid is not null)";

    private static final String FUNCTIONS = "select p.proname, pg_get_function_identity_arguments(p.oid), "
            + "pg_get_function_result(p.oid), pg_get_functiondef(p.oid) from pg_proc p "
            + "where p.pronamespace = ?::regnamespace and p.prokind in ('f', 'p')"
            + NOT_EXTENSION_MEMBER.formatted("p.oid", "pg_proc") + " order by p.oid";

    private CatalogReader() {
    }

    /** The catalogue of the schema; the connection must be in a transaction (the search_path is set locally). */
    static Catalog read(Connection connection, String schema) throws SQLException {
        String quotedSchema = single(connection, "select quote_ident(?)", schema);
        single(connection, "select set_config('search_path', quote_ident(?), true)", schema);

        Map<String, String> comments = new LinkedHashMap<>();
        Map<String, List<Column>> columns = new LinkedHashMap<>();
        query(connection, TABLES, schema, row -> {
            comments.put(row.getString(1), row.getString(2));
            columns.put(row.getString(1), new ArrayList<>());
        });
        query(connection, COLUMNS, schema, row -> {
            List<Column> ofTable = columns.get(row.getString(1));
            if (ofTable != null) {
                ofTable.add(new Column(row.getString(2), row.getString(3), row.getBoolean(4), row.getString(5),
                        row.getString(6)));
            }
        });
        List<Table> tables = new ArrayList<>();
        columns.forEach((name, cols) -> tables.add(new Table(name, comments.get(name), List.copyOf(cols))));

        List<Constraint> constraints = new ArrayList<>();
        query(connection, CONSTRAINTS, schema, row -> {
            if (columns.containsKey(row.getString(1))) {
                constraints.add(new Constraint(row.getString(1), row.getString(2), row.getString(3).charAt(0),
                        row.getString(4), row.getBoolean(5), row.getBoolean(6)));
            }
        });
        Pattern qualifiedTable = Pattern.compile(" ON (ONLY )?" + Pattern.quote(quotedSchema + "."));
        List<Index> indexes = new ArrayList<>();
        query(connection, INDEXES, schema, row -> {
            if (columns.containsKey(row.getString(1))) {
                String definition = qualifiedTable.matcher(row.getString(3)).replaceFirst(m -> " ON " +
                        (m.group(1) == null ? "" : m.group(1)));
                indexes.add(new Index(row.getString(1), row.getString(2), definition));
            }
        });
        List<View> views = new ArrayList<>();
        query(connection, VIEWS, schema, row -> views.add(new View(row.getString(1), row.getString(2))));
        Map<String, Set<String>> dependencies = new LinkedHashMap<>();
        query(connection, VIEW_DEPENDENCIES, schema, row -> {
            Set<String> used = dependencies.computeIfAbsent(row.getString(1), v -> new TreeSet<>());
            used.add(row.getString(2));
            if (row.getString(3) != null) {
                used.add(row.getString(2) + "." + row.getString(3));
            }
        });
        Pattern qualifiedFunction = Pattern.compile("^(CREATE OR REPLACE (?:FUNCTION|PROCEDURE) )"
                + Pattern.quote(quotedSchema + "."));
        List<Function> functions = new ArrayList<>();
        query(connection, FUNCTIONS, schema, row -> functions.add(new Function(row.getString(1), row.getString(2),
                row.getString(3), qualifiedFunction.matcher(row.getString(4)).replaceFirst(m -> Matcher.quoteReplacement(m.group(1))))));
        return new Catalog(List.copyOf(tables), List.copyOf(constraints), List.copyOf(indexes), List.copyOf(views),
                List.copyOf(functions), Map.copyOf(dependencies));
    }

    /** Whether the schema exists. */
    static boolean exists(Connection connection, String schema) throws SQLException {
        return single(connection, "select count(*) from pg_namespace where nspname = ?", schema).equals("1");
    }

    private interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    private static void query(Connection connection, String sql, String schema, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, Sql.quote(schema));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.handle(rows);
                }
            }
        }
    }

    private static String single(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
