package org.openimis.schema.synthetic;

import org.openimis.schema.jdbc.Sql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.model.ColumnModel;
import org.openimis.schema.model.ForeignKeyModel;
import org.openimis.schema.model.SchemaModel;
import org.openimis.schema.model.TableModel;
import org.openimis.schema.testing.SqlScripts;
import org.openimis.schema.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loads 200 insurees' worth of synthetic data into a database with the full schema, and once more to compare. */
class SyntheticDataTest {

    private static final SchemaModel MODEL = SchemaModel.of(OpenImisEntities.all());
    private static final Scale SCALE = new Scale(200);

    private static TestDatabase first;
    private static TreeSet<String> schemaBefore;
    private static Map<String, Long> loaded;

    @BeforeAll
    static void loadOnce() throws Exception {
        first = TestDatabase.create("synthetic");
        try (Connection connection = first.connect()) {
            SqlScripts.run(connection, SqlScripts.committed("openimis-postgresql.sql"));
            schemaBefore = constraintsAndIndexes(connection);
            loaded = new SyntheticData(MODEL, SCALE, SyntheticData.DEFAULT_SEED).load(connection);
        }
    }

    @Test
    void theConstraintsAndIndexesAreBackAsTheyWere() throws Exception {
        try (Connection connection = first.connect()) {
            assertEquals(schemaBefore, constraintsAndIndexes(connection));
        }
        assertEquals(105, schemaBefore.stream().filter(d -> d.contains(" FOREIGN KEY ")).count(), "foreign keys");
        assertEquals(128, schemaBefore.stream().filter(d -> d.startsWith("CREATE INDEX ")).count(), "indexes");
    }

    @Test
    void everyTableHasTheRowsOfTheScale() throws Exception {
        assertEquals(84, MODEL.tables().size());
        try (Connection connection = first.connect()) {
            for (TableModel table : MODEL.tables()) {
                long expected = SCALE.rows(table.name());
                assertTrue(expected >= 3, table.name());
                assertEquals(expected, loaded.get(table.name()), table.name());
                assertEquals(expected, longOf(connection, "select count(*) from " + Sql.quote(table.name())), table.name());
            }
            assertEquals(0, longOf(connection, "select count(*) from \"core_User_groups\""));
        }
        assertEquals(200, SCALE.rows("tblInsuree"));
        assertEquals(50, SCALE.rows("tblFamilies"));
        assertEquals(60, SCALE.rows("tblPolicy"));
        assertEquals(100, SCALE.rows("tblClaim"));
        assertEquals(Scale.locations(), SCALE.rows("tblLocations"));
    }

    @Test
    void everyColumnHasValuesAndNullableColumnsHaveNulls() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Connection connection = first.connect(); Statement statement = connection.createStatement()) {
            for (TableModel table : MODEL.tables()) {
                String counts = table.columns().stream().map(c -> "count(" + Sql.quote(c.name()) + ")")
                        .collect(Collectors.joining(", "));
                try (ResultSet rows = statement.executeQuery("select count(*), " + counts + " from " + Sql.quote(table.name()))) {
                    rows.next();
                    long all = rows.getLong(1);
                    for (int i = 0; i < table.columns().size(); i++) {
                        ColumnModel column = table.columns().get(i);
                        long values = rows.getLong(i + 2);
                        if (values == 0) {
                            problems.add(table.name() + "." + column.name() + " has no value");
                        } else if (column.nullable() && values == all) {
                            problems.add(table.name() + "." + column.name() + " has no NULL");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyColumnTypeOfTheSchemaHasValues() {
        Set<String> types = MODEL.tables().stream().flatMap(t -> t.columns().stream())
                .map(c -> c.ddlType().replaceAll("\\(.*?\\)", "")).collect(Collectors.toCollection(TreeSet::new));
        // every column has a value (test above), so every type of the schema is covered; these are all of them
        assertEquals(new TreeSet<>(List.of("bigint", "bit", "boolean", "bytea", "char", "date", "integer", "numeric",
                "smallint", "text", "timestamp", "timestamp with time zone", "uuid", "varchar")), types);
    }

    @Test
    void textNeedsEscapingAndIsKeptExactly() throws Exception {
        try (Connection connection = first.connect()) {
            String texts = textColumnsOf("tblInsuree", "tblFamilies", "tblClaim", "tblClaimItems", "tblClaimServices");
            Map<String, String> present = new LinkedHashMap<>();
            present.put("tab", "strpos(v, E'\\t') > 0");
            present.put("newline", "strpos(v, E'\\n') > 0");
            present.put("carriage return", "strpos(v, E'\\r') > 0");
            present.put("backslash", "v = 'back\\slash'");
            present.put("\\N as text", "v = '\\N'");
            present.put("empty string", "v = ''");
            present.put("non-ASCII", "v = 'Zoé Mňáčková' or v = 'Ngʼombe'");
            present.put("surrogate pair", "v like '%🏥%'");
            for (Map.Entry<String, String> check : present.entrySet()) {
                assertTrue(longOf(connection, "select count(*) from (" + texts + ") t where " + check.getValue()) > 0,
                        check.getKey());
            }
        }
    }

    @Test
    void valuesCoverTheEdgesOfTheirTypes() throws Exception {
        try (Connection connection = first.connect()) {
            assertTrue(longOf(connection, "select count(*) from \"tblClaimItems\" where \"ValidityFrom\" <> "
                    + "date_trunc('second', \"ValidityFrom\")") > 0, "fractional seconds");
            assertTrue(longOf(connection, "select count(*) from (" + columnsOf("date", "tblInsuree", "tblClaim",
                    "tblPolicy", "tblInsureePolicy", "tblPremium") + ") t where v = '2024-02-29'") > 0, "a leap day");
            assertTrue(longOf(connection, "select count(*) from (" + columnsOf("numeric(18,2)", "tblClaimItems",
                    "tblClaimServices") + ") t where v = '9999999999999999.99'") > 0, "the largest numeric(18,2)");
            assertTrue(longOf(connection, "select count(*) from \"tblInsuree\" where length(\"RowID\") > 0") > 0, "bytea");
            assertEquals(SCALE.rows("tblInsuree"), longOf(connection,
                    "select count(distinct \"InsureeUUID\"::uuid) from \"tblInsuree\""), "UUID strings");
        }
    }

    @Test
    void historyRowsAreFewAndInThePast() throws Exception {
        try (Connection connection = first.connect()) {
            assertEquals(8, longOf(connection, "select count(*) from \"tblInsuree\" where \"ValidityTo\" < now()"));
            assertEquals(2, longOf(connection, "select count(*) from \"tblInsuree\" where \"ValidityTo\" > now()"));
            assertEquals(0, longOf(connection, "select count(*) from \"tblInsuree\" where \"ValidityTo\" <= \"ValidityFrom\""));
            assertEquals(4, longOf(connection, "select count(*) from \"tblClaim\" where \"ValidityTo\" < now()"));
        }
    }

    @Test
    void fewCurrentRowsReferenceHistoryRows() throws Exception {
        Map<String, Long> dangling = new TreeMap<>();
        try (Connection connection = first.connect()) {
            for (ForeignKeyModel fk : MODEL.foreignKeys()) {
                String parentValidityTo = validityTo(fk.referencedTable());
                if (parentValidityTo == null) {
                    continue;
                }
                String childValidityTo = validityTo(fk.table());
                long rows = longOf(connection, "select count(*) from " + Sql.quote(fk.table()) + " c join "
                        + Sql.quote(fk.referencedTable()) + " p on p." + Sql.quote(fk.referencedColumns().get(0)) + " = c."
                        + Sql.quote(fk.columns().get(0)) + " where p." + Sql.quote(parentValidityTo) + " < now()"
                        + (childValidityTo == null ? "" : " and (c." + Sql.quote(childValidityTo) + " is null or c."
                        + Sql.quote(childValidityTo) + " > now())"));
                long chosen = (SCALE.rows(fk.table()) + SyntheticData.DANGLING_EVERY / 2 - 1) / SyntheticData.DANGLING_EVERY;
                assertTrue(rows <= chosen, fk.name() + ": " + rows); // only rows DANGLING_EVERY/2 + k * DANGLING_EVERY
                if (rows > 0) {
                    dangling.put(fk.table() + "." + fk.columns().get(0), rows);
                }
            }
        }
        assertTrue(dangling.containsKey("tblClaimItems.ClaimID"), dangling::toString);
        for (String structural : List.of("tblInsuree.FamilyID", "tblFamilies.InsureeID", "tblPolicy.FamilyID",
                "tblInsureePolicy.InsureeID", "tblInsureePolicy.PolicyId", "tblPremium.PolicyID",
                "tblLocations.ParentLocationId")) {
            assertFalse(dangling.containsKey(structural), structural);
        }
    }

    @Test
    void locationsFamiliesAndPoliciesHangTogether() throws Exception {
        try (Connection connection = first.connect()) {
            assertEquals("D=R,V=W,W=D", stringOf(connection, "select string_agg(distinct c.\"LocationType\" || '=' || "
                    + "p.\"LocationType\", ',') from \"tblLocations\" c join \"tblLocations\" p "
                    + "on p.\"LocationId\" = c.\"ParentLocationId\""));
            assertEquals(Scale.REGIONS, longOf(connection,
                    "select count(*) from \"tblLocations\" where \"ParentLocationId\" is null and \"LocationType\" = 'R'"));
            assertEquals(0, longOf(connection, "select count(*) from \"tblLocations\" where \"ParentLocationId\" is null "
                    + "<> (\"LocationType\" = 'R')"));
            assertEquals(SCALE.rows("tblFamilies"), longOf(connection, "select count(*) from \"tblFamilies\" f join "
                    + "\"tblInsuree\" i on i.\"InsureeID\" = f.\"InsureeID\" and i.\"FamilyID\" = f.\"FamilyID\" and i.\"IsHead\""));
            assertEquals(0, longOf(connection, "select count(*) from \"tblFamilies\" f join \"tblLocations\" l "
                    + "on l.\"LocationId\" = f.\"LocationId\" where l.\"LocationType\" <> 'V'"));
            assertEquals(0, longOf(connection, "select count(*) from \"tblInsureePolicy\" ip join \"tblInsuree\" i "
                    + "using (\"InsureeID\") join \"tblPolicy\" p on p.\"PolicyID\" = ip.\"PolicyId\" "
                    + "where p.\"FamilyID\" <> i.\"FamilyID\""));
        }
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() throws Exception {
        Map<String, String> expected = checksums(first);
        TestDatabase again = TestDatabase.create("synthetic_again");
        assertEquals(loaded, load(again, SyntheticData.DEFAULT_SEED));
        assertEquals(expected, checksums(again));

        TestDatabase other = TestDatabase.create("synthetic_other");
        assertEquals(loaded, load(other, SyntheticData.DEFAULT_SEED + 1));
        assertNotEquals(expected.get("tblInsuree"), checksums(other).get("tblInsuree"));
    }

    private static Map<String, Long> load(TestDatabase database, long seed) throws Exception {
        try (Connection connection = database.connect()) {
            SqlScripts.run(connection, SqlScripts.committed("openimis-postgresql.sql"));
            return new SyntheticData(MODEL, SCALE, seed).load(connection);
        }
    }

    /** An md5 of each table's rows in text form, in a stable order. */
    private static Map<String, String> checksums(TestDatabase database) throws SQLException {
        Map<String, String> checksums = new LinkedHashMap<>();
        try (Connection connection = database.connect()) {
            for (TableModel table : MODEL.tables()) {
                checksums.put(table.name(), stringOf(connection, "select md5(string_agg(t::text, '|' order by t::text)) "
                        + "from " + Sql.quote(table.name()) + " t"));
            }
        }
        return checksums;
    }

    /** The definitions of every constraint and index, with their names. */
    private static TreeSet<String> constraintsAndIndexes(Connection connection) throws SQLException {
        TreeSet<String> definitions = new TreeSet<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                select format('%s %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) from pg_constraint
                where connamespace = 'public'::regnamespace
                union all
                select pg_get_indexdef(oid) from pg_class where relkind = 'i' and relnamespace = 'public'::regnamespace
                """)) {
            while (rows.next()) {
                definitions.add(rows.getString(1));
            }
        }
        return definitions;
    }

    /** A query of all character columns of the tables as one column v. */
    private static String textColumnsOf(String... tables) {
        return union(c -> c.ddlType().startsWith("varchar") || c.ddlType().equals("text"), tables);
    }

    private static String columnsOf(String ddlType, String... tables) {
        return union(c -> c.ddlType().equals(ddlType), tables);
    }

    private static String union(Predicate<ColumnModel> columns, String... tables) {
        List<String> selects = new ArrayList<>();
        for (String table : tables) {
            MODEL.table(table).columns().stream().filter(columns).forEach(c ->
                    selects.add("select " + Sql.quote(c.name()) + "::text as v from " + Sql.quote(table)));
        }
        return String.join(" union all ", selects);
    }

    private static String validityTo(String table) {
        return MODEL.table(table).columns().stream().map(ColumnModel::name)
                .filter(c -> c.replace("_", "").equalsIgnoreCase("ValidityTo")).findFirst().orElse(null);
    }

    private static long longOf(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String stringOf(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
