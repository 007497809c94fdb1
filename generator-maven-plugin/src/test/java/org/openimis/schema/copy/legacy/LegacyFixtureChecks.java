package org.openimis.schema.copy.legacy;

import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.model.ColumnModel;
import org.openimis.schema.model.SchemaModel;
import org.openimis.schema.model.TableModel;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a loaded legacy fixture must show, on H2 and on SQL Server alike: its shape against the target, its anomalies. */
final class LegacyFixtureChecks {

    /** The legacy tables' columns as JDBC metadata describes them: lower-case table -> lower-case column -> column. */
    record SourceColumn(String table, String name, String typeName, int jdbcType, int size, boolean nullable,
                        String remarks) {
    }

    private LegacyFixtureChecks() {
    }

    static Map<String, Map<String, SourceColumn>> columns(Connection connection) throws SQLException {
        Map<String, Map<String, SourceColumn>> columns = new TreeMap<>();
        try (ResultSet rows = connection.getMetaData().getColumns(connection.getCatalog(), LegacyDatabase.SCHEMA, "%", "%")) {
            while (rows.next()) {
                SourceColumn column = new SourceColumn(rows.getString("TABLE_NAME"), rows.getString("COLUMN_NAME"),
                        rows.getString("TYPE_NAME"), rows.getInt("DATA_TYPE"), rows.getInt("COLUMN_SIZE"),
                        "YES".equals(rows.getString("IS_NULLABLE")), rows.getString("REMARKS"));
                columns.computeIfAbsent(lower(column.table()), t -> new TreeMap<>()).put(lower(column.name()), column);
            }
        }
        return columns;
    }

    /** The 65 legacy tables and the module table are there, and the 65 are entity tables; the module table is not. */
    static void assertTables(Map<String, Map<String, SourceColumn>> columns, SchemaModel target) {
        Set<String> present = columns.values().stream().map(c -> c.values().iterator().next().table())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(LegacyDatabase.tableNames(), present);
        assertEquals(65, LegacyDatabase.legacyTableNames().size());
        Set<String> entityTables = target.tables().stream().map(TableModel::name).collect(Collectors.toSet());
        assertTrue(entityTables.containsAll(LegacyDatabase.legacyTableNames()),
                () -> "legacy tables no entity maps: " + difference(LegacyDatabase.legacyTableNames(), entityTables));
        assertFalse(entityTables.contains(LegacyDatabase.MODULE_TABLE));
        Set<String> targetOnly = difference(entityTables, LegacyDatabase.legacyTableNames());
        assertEquals(19, targetOnly.size(), targetOnly::toString);
        assertTrue(targetOnly.stream().noneMatch(name -> name.startsWith("tbl")), targetOnly::toString);
    }

    /**
     * The differences of the legacy columns from the target, computed from JDBC metadata and the entity model, are
     * exactly those issue 9 names: 9 wider text columns, 6 nullable ones the target has NOT NULL, MemberCount int
     * for smallint, 6 columns only the legacy schema has, none only the target has.
     */
    static void assertDifferencesFromTarget(Map<String, Map<String, SourceColumn>> columns, SchemaModel target) {
        List<String> wider = new ArrayList<>();
        List<String> nullable = new ArrayList<>();
        List<String> narrowerIntegers = new ArrayList<>();
        List<String> targetOnly = new ArrayList<>();
        Set<String> legacyOnly = new TreeSet<>();
        for (String tableName : LegacyDatabase.legacyTableNames()) {
            TableModel table = target.table(tableName);
            Map<String, SourceColumn> source = new TreeMap<>(columns.get(lower(tableName)));
            for (ColumnModel column : table.columns()) {
                SourceColumn legacy = source.remove(lower(column.name()));
                String name = tableName + "." + column.name();
                if (legacy == null) {
                    targetOnly.add(name);
                    continue;
                }
                if (column.length() != null && isText(legacy.jdbcType()) && legacy.size() > column.length()) {
                    wider.add(name + " " + legacy.size() + ">" + column.length());
                }
                if (legacy.nullable() && !column.nullable()) {
                    nullable.add(name);
                }
                if (legacy.jdbcType() == Types.INTEGER && column.ddlType().equals("smallint")) {
                    narrowerIntegers.add(name);
                }
            }
            source.values().forEach(c -> legacyOnly.add(tableName + "." + c.name()));
        }
        assertEquals(List.of("tblClaim.ClaimCode 50>8", "tblFeedbackPrompt.PhoneNumber 50>25", "tblFromPhone.CHFID 50>12",
                "tblInsuree.CHFID 50>12", "tblOfficer.VEOPhone 50>25", "tblPayment.PhoneNumber 50>12",
                "tblPhotos.CHFID 50>12", "tblPolicyRenewals.PhoneNumber 50>25", "tblSubmittedPhotos.CHFID 50>12"),
                sorted(wider));
        assertEquals(List.of("tblClaimAdmin.ValidityFrom", "tblControls.Usage", "tblInsuree.FamilyID",
                "tblInsureePolicy.AuditUserID", "tblInsureePolicy.ValidityFrom", "tblLocations.ValidityFrom"),
                sorted(nullable));
        assertEquals(List.of("tblProduct.MemberCount"), narrowerIntegers);
        assertEquals(List.of(), targetOnly);
        assertEquals(Set.of("tblPolicy.RenewalOrder", "tblPolicy.SelfRenewed", "tblPremium.ReportingCommissionID",
                "tblPremium.OverviewCommissionReport", "tblPremium.AllDetailsCommissionReport",
                "tblReporting.CammissionRate"), legacyOnly);
    }

    /** Every line of anomalies.tsv is in the data: the value at its row key, or for * lines the type's mark on every row. */
    static void assertAnomaliesPresent(Connection connection) throws SQLException {
        List<Anomaly> anomalies = LegacyDatabase.anomalies();
        assertTrue(anomalies.size() > 50, "anomalies.tsv lists " + anomalies.size() + " lines");
        for (Anomaly anomaly : anomalies) {
            if (anomaly.everyRow()) {
                assertEveryRow(connection, anomaly);
            } else {
                assertValue(connection, anomaly);
            }
        }
    }

    private static void assertValue(Connection connection, Anomaly anomaly) throws SQLException {
        String sql = "select " + quote(anomaly.column()) + " from " + table(anomaly.table()) + " where "
                + quote(anomaly.keyColumn()) + " = ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, anomaly.keyValue());
            try (ResultSet row = select.executeQuery()) {
                String where = anomaly.table() + "." + anomaly.column() + " at " + anomaly.keyColumn() + "="
                        + anomaly.keyValue() + " (" + anomaly.anomalyClass() + ")";
                assertTrue(row.next(), "no row for " + where);
                Object actual = row.getObject(1);
                String expected = anomaly.source();
                if (expected == null) {
                    assertNull(actual, where);
                } else if (actual instanceof java.util.Date || actual instanceof LocalDateTime) {
                    assertEquals(LocalDateTime.parse(expected), row.getObject(1, LocalDateTime.class), where);
                } else if (actual instanceof Number number) {
                    assertEquals(0, new BigDecimal(number.toString()).compareTo(new BigDecimal(expected)),
                            where + ": " + number + " is not " + expected);
                } else if (actual instanceof Boolean bit) {
                    assertEquals(expected.equals("1"), bit, where);
                } else {
                    assertEquals(expected, row.getString(1), where);
                }
                assertFalse(row.next(), "more than one row for " + where);
            }
        }
    }

    private static void assertEveryRow(Connection connection, Anomaly anomaly) throws SQLException {
        String where = anomaly.table() + "." + anomaly.column() + " (" + anomaly.anomalyClass() + ")";
        int rows = 0;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select " + quote(anomaly.column()) + " from " + table(anomaly.table()))) {
            while (row.next()) {
                rows++;
                switch (anomaly.anomalyClass()) {
                    case "uuid-case" -> {
                        String value = row.getString(1);
                        assertNotNull(value, where);
                        assertEquals(value.toUpperCase(Locale.ROOT), value, where);
                        assertEquals(value.toLowerCase(Locale.ROOT), UUID.fromString(value).toString(), where);
                    }
                    case "rowversion" -> {
                        byte[] value = row.getBytes(1);
                        assertNotNull(value, where);
                        assertEquals(8, value.length, where);
                        assertFalse(java.util.Arrays.equals(new byte[8], value), where + " holds zeros");
                    }
                    default -> throw new AssertionError("a * line must be uuid-case or rowversion: " + where);
                }
            }
        }
        assertTrue(rows > 0, where + ": the table has no rows");
    }

    /** The rowversion columns of the fixture, as the schema script declares them ("Table.Column"). */
    static Set<String> rowVersionColumns() {
        return LegacyDatabase.anomalies().stream().filter(a -> a.anomalyClass().equals("rowversion"))
                .map(a -> a.table() + "." + a.column()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The columns whose metadata matches, as "Table.Column". */
    static Set<String> columnsWhere(Map<String, Map<String, SourceColumn>> columns,
                                    java.util.function.Predicate<SourceColumn> test) {
        return columns.values().stream().flatMap(c -> c.values().stream()).filter(test)
                .map(c -> c.table() + "." + c.name()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isText(int jdbcType) {
        return switch (jdbcType) {
            case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGVARCHAR, Types.LONGNVARCHAR -> true;
            default -> false;
        };
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static String table(String name) {
        return "[" + LegacyDatabase.SCHEMA + "]." + quote(name);
    }

    private static String quote(String identifier) {
        return "[" + identifier + "]";
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The entity model of the target. */
    static SchemaModel target() {
        return SchemaModel.of(OpenImisEntities.all());
    }
}
