package org.openimis.schema.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A schema described as a sorted set of fact lines, in the format of the reference catalogue
 * ({@code column T C TYPE null|not null DEFAULT-KIND}, {@code fk T cols REF refcols ATTRS}, ...), read from a live
 * database. Identity and serial columns both read as {@code serial}, and timestamp(6) as timestamp.
 */
public final class SchemaCatalog {

    private static final String CATALOG_QUERY = """
            with tbl as (
              select c.oid, c.relname from pg_class c
              where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
            ),
            col as (
              select t.relname, a.attname,
                     regexp_replace(format_type(a.atttypid, a.atttypmod), '^(timestamp|time)\\(6\\)', '\\1') as typ,
                     case when a.attnotnull then 'not null' else 'null' end as nul,
                     case when a.attidentity <> '' then 'serial'
                          when d.adbin is null then 'none'
                          when pg_get_expr(d.adbin, d.adrelid) like 'nextval(%' then 'serial'
                          when pg_get_expr(d.adbin, d.adrelid) ~ '^(-?[0-9.]+|true|false|''[^'']*'')(::[a-z ]+)?$'
                            then 'literal:' || regexp_replace(pg_get_expr(d.adbin, d.adrelid), '::[a-z ]+$', '')
                          else 'expr:' || pg_get_expr(d.adbin, d.adrelid) end as dflt
              from tbl t
              join pg_attribute a on a.attrelid = t.oid and a.attnum > 0 and not a.attisdropped
              left join pg_attrdef d on d.adrelid = t.oid and d.adnum = a.attnum
            ),
            con as (
              select c.contype, t.relname,
                     (select string_agg(a.attname, ',' order by k.i) from unnest(c.conkey) with ordinality k(n, i)
                        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n) as cols,
                     r.relname as refrel,
                     (select string_agg(a.attname, ',' order by k.i) from unnest(c.confkey) with ordinality k(n, i)
                        join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n) as refcols,
                     case when c.condeferrable then 'deferrable' || case when c.condeferred then ' initially-deferred' else '' end
                          else 'not-deferrable' end
                     || ' ondelete=' || case c.confdeltype when 'a' then 'noaction' when 'r' then 'restrict'
                          when 'c' then 'cascade' when 'n' then 'setnull' else 'setdefault' end
                     || ' onupdate=' || case c.confupdtype when 'a' then 'noaction' when 'r' then 'restrict'
                          when 'c' then 'cascade' when 'n' then 'setnull' else 'setdefault' end as attrs
              from pg_constraint c join tbl t on t.oid = c.conrelid left join pg_class r on r.oid = c.confrelid
              where c.contype in ('p', 'u', 'f')
            ),
            idx as (
              select t.relname, i.indisunique, i.indisprimary, am.amname, i.indpred is not null as partial,
                     (select string_agg(a.attname || case when oc.opcdefault then '' else '[' || oc.opcname || ']' end,
                                        ',' order by k.n)
                        from generate_series(1, i.indnkeyatts) k(n)
                        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[k.n - 1]
                        join pg_opclass oc on oc.oid = i.indclass[k.n - 1]) as cols
              from pg_index i join tbl t on t.oid = i.indrelid
              join pg_class ic on ic.oid = i.indexrelid join pg_am am on am.oid = ic.relam
            )
            select concat_ws(E'\\t', 'table', relname) from tbl
            union all select concat_ws(E'\\t', 'column', relname, attname, typ, nul, dflt) from col
            union all select concat_ws(E'\\t', 'pk', relname, cols) from con where contype = 'p'
            union all select concat_ws(E'\\t', 'fk', relname, cols, refrel, refcols, attrs) from con where contype = 'f'
            union select concat_ws(E'\\t', 'unique', relname, cols) from con where contype = 'u'
            union select concat_ws(E'\\t', 'unique', relname, cols) from idx
              where indisunique and not indisprimary and not partial
            union all select concat_ws(E'\\t', 'index', relname, cols,
                                       case when indisunique then 'unique' else 'nonunique' end, amname)
              from idx where not indisprimary
            union all select concat_ws(E'\\t', 'view', c.relname,
                   (select string_agg(a.attname, ',' order by a.attnum) from pg_attribute a
                     where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped))
              from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind = 'v'
            union all select concat_ws(E'\\t', 'function', p.proname, oidvectortypes(p.proargtypes),
                   regexp_replace(pg_get_function_result(p.oid), '\\s+', ' ', 'g'), 'function')
              from pg_proc p where p.pronamespace = 'public'::regnamespace and p.prokind = 'f'
            """;

    /**
     * Where this schema deliberately differs from the reference catalogue (the upstream PostgreSQL port): one fact
     * line of the reference, the line this schema has instead, and why. {@link #reference()} applies them.
     */
    public static final List<Deviation> DELIBERATE_DEVIATIONS = List.of(new Deviation(
            "function\tudfRemunerated\tinteger, integer, integer, integer, integer"
                    + "\tTABLE(\"ProdID\" integer, \"HFID\" integer, \"Remunerated\" integer)\tfunction",
            "function\tudfRemunerated\tinteger, integer, integer, integer, integer"
                    + "\tTABLE(\"ProdID\" integer, \"HFID\" integer, \"Remunerated\" numeric)\tfunction",
            "the remunerated amount keeps its cents: SQL Server's udfRemunerated returns the decimal(38,2) SUM of "
                    + "RemuneratedAmount decimal(18,2) and converts nothing to int; the upstream port's integer "
                    + "column drops the cents (12.75 + 0.50 would read 13, not 13.25)"));

    /** A fact line of the reference that this schema replaces on purpose, with the reason. */
    public record Deviation(String referenceLine, String ourLine, String reason) {
    }

    private SchemaCatalog() {
    }

    /** The fact lines of the public schema of the connected database. */
    public static TreeSet<String> read(Connection connection) throws SQLException {
        TreeSet<String> lines = new TreeSet<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(CATALOG_QUERY)) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        }
        return lines;
    }

    /**
     * The reference catalogue, the spec of the target schema (test resource {@code reference/openimis-84.catalog.tsv}),
     * with the {@link #DELIBERATE_DEVIATIONS} applied; a deviation whose line the file lacks is an error.
     */
    public static TreeSet<String> reference() {
        TreeSet<String> lines = referenceAsPublished();
        for (Deviation deviation : DELIBERATE_DEVIATIONS) {
            if (!lines.remove(deviation.referenceLine())) {
                throw new IllegalStateException("deliberate deviation names a line the reference catalogue lacks: "
                        + deviation.referenceLine());
            }
            lines.add(deviation.ourLine());
        }
        return lines;
    }

    /** The reference catalogue exactly as the file has it, without the deliberate deviations. */
    public static TreeSet<String> referenceAsPublished() {
        try (InputStream in = Objects.requireNonNull(SchemaCatalog.class.getResourceAsStream("/reference/openimis-84.catalog.tsv"))) {
            TreeSet<String> lines = new TreeSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .forEach(lines::add);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of the reference missing from the actual catalogue, one per difference, for a failure message. */
    public static List<String> missing(TreeSet<String> reference, TreeSet<String> actual, String kind) {
        List<String> missing = new ArrayList<>();
        for (String line : reference) {
            if (line.startsWith(kind + "\t") && !actual.contains(line)) {
                missing.add(line);
            }
        }
        return missing;
    }

    /** Lines of a kind in the catalogue. */
    public static long count(TreeSet<String> catalog, String kind) {
        return catalog.stream().filter(line -> line.startsWith(kind + "\t")).count();
    }
}
