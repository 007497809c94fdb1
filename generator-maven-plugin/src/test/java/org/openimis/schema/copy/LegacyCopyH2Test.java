package org.openimis.schema.copy;

import org.junit.jupiter.api.Test;
import org.openimis.schema.copy.legacy.Anomaly;
import org.openimis.schema.copy.legacy.LegacyDatabase;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.log.ToolLog;
import org.openimis.schema.model.SchemaModel;
import org.openimis.schema.model.TableModel;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The legacy fixture (the legacy SQL Server schema with planted values, on H2 in MODE=MSSQLServer standing in for
 * SQL Server) copied with default options: the preflight finds every planted value that cannot be written before
 * anything is written; once those are repaired in the source, the copy commits and every value equals its source or is
 * counted in the report under its policy, checked value by value against the source.
 */
class LegacyCopyH2Test {

    private static final SchemaModel MODEL = SchemaModel.of(OpenImisEntities.all());

    @Test
    void thePreflightNamesEveryPlantedValueThatCannotBeWrittenAndNothingIsWritten() throws Exception {
        String url = loadedSource("legacy_preflight", List.of());
        CopyDatabases databases = CopyDatabases.withSourceData("legacy_preflight", null);
        List<String> log = new ArrayList<>();

        CopyException failure = assertThrows(CopyException.class, () -> copy(url, databases, log, CopyOptions.builder()));

        assertPreflightNamedEveryPlantedValue(failure.getMessage(), log);
        assertEquals(0, CopyDatabases.count(databases.target, "select count(*) from \"tblLocations\""));
    }

    /** The stop message names every planted value that cannot be written, the log those written under a policy. */
    static void assertPreflightNamedEveryPlantedValue(String message, List<String> log) {
        for (Anomaly anomaly : LegacyDatabase.anomalies()) {
            String where = anomaly.table() + "." + anomaly.column();
            String key = anomaly.keyColumn() + "=" + anomaly.keyValue();
            switch (anomaly.anomalyClass()) {
                case "too-long", "null-into-not-null", "integer-out-of-range", "dst-gap", "orphan-fk" ->
                        assertTrue(holds(lineOf(message, where), key), () -> where + " " + key + " stops the copy:\n" + message);
                case "orphan-zero-fk" -> {
                    if (anomaly.column().equals("FeedbackID")) {
                        assertTrue(lineOf(String.join("\n", log), "WARNING: Preflight: " + where).contains("legacy convention"), log::toString);
                    } else {
                        // tblFamilies.InsureeID is NOT NULL in the target: 0 (no head) cannot become NULL
                        assertTrue(holds(lineOf(message, where), key), message);
                    }
                }
                case "time-in-date", "dst-overlap" -> assertTrue(
                        holds(lineOf(String.join("\n", log), "WARNING: Preflight: " + where), key), () -> where + " reported: " + log);
                default -> {
                    // surrogates and NUL are found while copying (nulCharacters policy); the other classes are no problem
                }
            }
        }
        assertTrue(message.contains("Nothing was written. Nothing was committed."), message);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("WARNING: Source tables no entity maps, not copied: "
                + LegacyDatabase.MODULE_TABLE + " (")), log::toString);
    }

    @Test
    void withTheBlockingValuesRepairedEveryValueEqualsItsSourceOrIsCountedUnderItsPolicy() throws Exception {
        String url = loadedSource("legacy_copy", REPAIRS);
        CopyDatabases databases = CopyDatabases.withSourceData("legacy_copy", null);
        List<String> log = new ArrayList<>();

        CopyReport report = copy(url, databases, log, CopyOptions.builder());

        assertEveryValueEqualsItsSourceOrIsCounted(url, databases, report, log);
    }

    /** Compares every copied value with its source row; those that differ must be counted under their policy. */
    static void assertEveryValueEqualsItsSourceOrIsCounted(String url, CopyDatabases databases, CopyReport report,
                                                           List<String> log) throws SQLException {
        assertEquals("committed", report.status());
        Map<String, Long> counted = new HashMap<>();
        for (TableResult table : report.tables()) {
            for (ValueChangeCount change : table.changes()) {
                if (change.change() != ValueChange.DST_OVERLAP_EARLIER_OFFSET) {
                    counted.merge(table.table() + "." + change.column(), change.count(), Long::sum);
                }
            }
        }
        Map<String, Long> differing = differences(url, databases);
        assertEquals(counted, differing, "values that differ from the source, per column, are exactly those counted");
        assertTrue(differing.containsKey("tblPremium.CreatedDate") && differing.containsKey("tblClaim.FeedbackID")
                && differing.containsKey("tblInsuree.InsureeUUID"), differing::toString);
        assertTrue(report.tables().stream().flatMap(t -> t.changes().stream()).anyMatch(c ->
                c.column().equals("ValidityFrom") && c.change() == ValueChange.DST_OVERLAP_EARLIER_OFFSET), report.tables()::toString);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("WARNING: tblPremium.CreatedDate: 2 value(s) changed: time of day "
                + "dropped")), log::toString);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("WARNING: tblClaim.FeedbackID: 2 value(s) changed: legacy")), log::toString);
    }

    @Test
    void unpairedSurrogatesAndNulStopTheCopyNamingTheRowOrAreStrippedAndCounted() throws Exception {
        List<String> repairsButText = REPAIRS.subList(0, REPAIRS.size() - 2);
        String url = loadedSource("legacy_text", repairsButText);
        CopyDatabases databases = CopyDatabases.withSourceData("legacy_text", null);

        CopyException failure = assertThrows(CopyException.class,
                () -> copy(url, databases, new ArrayList<>(), CopyOptions.builder()));
        assertTrue(failure.getMessage().contains("at InsureeID=3: the text holds an unpaired UTF-16 surrogate (U+D83D")
                || failure.getMessage().contains("tblFamilies.FamilyAddress at FamilyID=2: the text holds NUL"), failure::getMessage);
        assertEquals(0, CopyDatabases.count(databases.target, "select count(*) from \"tblLocations\""));

        CopyReport report = copy(url, databases, new ArrayList<>(), CopyOptions.builder().nulCharacters(NulPolicy.STRIP));
        assertEquals(List.of("Ama"), CopyDatabases.column(databases.target, "select \"OtherNames\" from \"tblInsuree\" "
                + "where \"InsureeID\" = 3"));
        assertEquals(List.of("Plot 12Block B"), CopyDatabases.column(databases.target, "select \"FamilyAddress\" from "
                + "\"tblFamilies\" where \"FamilyID\" = 2"));
        assertTrue(report.tables().stream().flatMap(t -> t.changes().stream()).anyMatch(c ->
                c.column().equals("OtherNames") && c.change() == ValueChange.SURROGATE_STRIPPED && c.count() == 1));
        assertTrue(report.tables().stream().flatMap(t -> t.changes().stream()).anyMatch(c ->
                c.column().equals("FamilyAddress") && c.change() == ValueChange.NUL_STRIPPED && c.count() == 1));
    }

    /** The source changes that clear every planted value the copy refuses (the two text ones last). */
    static final List<String> REPAIRS = List.of(
            "update [dbo].[tblControls] set [Usage] = N'Insuree' where [Usage] is null",
            "update [dbo].[tblLocations] set [ValidityFrom] = '2023-01-10T08:00:00' where [ValidityFrom] is null",
            "update [dbo].[tblClaimAdmin] set [ValidityFrom] = '2023-02-01T11:00:00' where [ValidityFrom] is null",
            "update [dbo].[tblInsureePolicy] set [ValidityFrom] = '2024-02-01T08:10:00' where [ValidityFrom] is null",
            "update [dbo].[tblInsureePolicy] set [AuditUserId] = 1 where [AuditUserId] is null",
            "update [dbo].[tblInsuree] set [FamilyID] = 1 where [FamilyID] is null",
            "update [dbo].[tblInsuree] set [ValidityFrom] = '2024-03-31T03:30:00' where [InsureeID] = 4",
            "update [dbo].[tblProduct] set [MemberCount] = 4000 where [ProdID] = 2",
            "update [dbo].[tblFamilies] set [InsureeID] = 6 where [FamilyID] = 3",
            "update [dbo].[tblClaimServices] set [PolicyID] = null where [PolicyID] = 99",
            "update [dbo].[tblInsuree] set [OtherNames] = N'Ama' where [InsureeID] = 3",
            "update [dbo].[tblFamilies] set [FamilyAddress] = N'Plot 12 Block B' where [FamilyID] = 2");

    /** The fixture on H2, its rowversion columns dropped (H2 reports them as BINARY, SQL Server as timestamp). */
    static String loadedSource(String name, List<String> repairs) throws SQLException {
        String url = "jdbc:h2:mem:" + name + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            LegacyDatabase.loadIntoH2(connection);
            for (Anomaly anomaly : LegacyDatabase.anomalies()) {
                if (anomaly.anomalyClass().equals("rowversion")) {
                    statement.execute("alter table [dbo].[" + anomaly.table() + "] drop column [" + anomaly.column() + "]");
                } else if (!repairs.isEmpty() && anomaly.anomalyClass().equals("too-long")) {
                    statement.execute("update [dbo].[" + anomaly.table() + "] set [" + anomaly.column() + "] = left(["
                            + anomaly.column() + "], 8) where [" + anomaly.keyColumn() + "] = " + anomaly.keyValue());
                }
            }
            for (String repair : repairs) {
                statement.execute(repair);
            }
        }
        return url;
    }

    private static CopyReport copy(String url, CopyDatabases databases, List<String> log, CopyOptions.Builder options) {
        return new DataCopier(ToolLog.lines(log::add)).copy(OpenImisEntities.all(),
                new ConnectionSettings("source", "openimis.source", url, "", ""), null, databases.targetSettings(),
                options.sourceTimeZone(LegacyDatabase.sourceTimeZone()).build());
    }

    /** Whether a text names a row key (the key column's case differs between source and entities in places). */
    private static boolean holds(String text, String key) {
        return text.toLowerCase(Locale.ROOT).contains(key.toLowerCase(Locale.ROOT));
    }

    /** The lines of a text that start with a column's name. */
    private static String lineOf(String text, String start) {
        return text.lines().filter(l -> l.strip().toLowerCase(Locale.ROOT).startsWith(start.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining("\n"));
    }

    private static final java.util.Set<String> ROW_VERSIONS = LegacyDatabase.anomalies().stream()
            .filter(a -> a.anomalyClass().equals("rowversion"))
            .map(a -> (a.table() + "." + a.column()).toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());

    /**
     * Per table.column, how many target values differ from their source row's value, rows matched by key; a zone-less
     * source time equals the target instant placed in the source time zone (the earlier offset where it is ambiguous).
     */
    private static Map<String, Long> differences(String url, CopyDatabases databases) throws SQLException {
        Map<String, Long> differing = new LinkedHashMap<>();
        try (Connection source = DriverManager.getConnection(url); Connection target = databases.target.connect()) {
            for (TableModel table : MODEL.tables()) {
                if (!LegacyDatabase.legacyTableNames().contains(table.name())) {
                    continue;
                }
                Map<String, Map<String, Object>> sourceRows = rows(source, "[dbo].[" + table.name() + "]", table);
                Map<String, Map<String, Object>> targetRows = rows(target, "\"" + table.name() + "\"", table);
                assertEquals(sourceRows.keySet(), targetRows.keySet(), table.name() + ": the same rows");
                for (var row : sourceRows.entrySet()) {
                    Map<String, Object> copied = targetRows.get(row.getKey());
                    for (var column : copied.entrySet()) {
                        if (ROW_VERSIONS.contains((table.name() + "." + column.getKey()).toLowerCase(Locale.ROOT))) {
                            continue; // never copied: the target column stays NULL
                        }
                        String sourceName = row.getValue().keySet().stream().filter(n -> n.equalsIgnoreCase(column.getKey()))
                                .findFirst().orElse(null);
                        if (sourceName != null && !same(row.getValue().get(sourceName), column.getValue())) {
                            differing.merge(table.name() + "." + column.getKey(), 1L, Long::sum);
                        }
                    }
                }
            }
        }
        return differing;
    }

    /** The rows of a table by their key (the entity's key columns, matched case-insensitively). */
    private static Map<String, Map<String, Object>> rows(Connection connection, String from, TableModel table)
            throws SQLException {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select * from " + from)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i), typed(result, i, meta.getColumnType(i), meta.getColumnTypeName(i)));
                }
                String key = table.keyColumns().stream().map(k -> Objects.toString(valueOf(row, k)))
                        .collect(Collectors.joining(","));
                rows.put(key, row);
            }
        }
        return rows;
    }

    /** Date-times as java.time values, zone-aware ones with their offset. */
    private static Object typed(ResultSet result, int i, int type, String typeName) throws SQLException {
        if (typeName.equalsIgnoreCase("timestamptz") || type == Types.TIMESTAMP_WITH_TIMEZONE) {
            return result.getObject(i, OffsetDateTime.class);
        }
        return switch (type) {
            case Types.TIMESTAMP -> result.getObject(i, LocalDateTime.class);
            case Types.DATE -> result.getObject(i, LocalDate.class);
            default -> result.getObject(i);
        };
    }

    private static Object valueOf(Map<String, Object> row, String column) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column)).map(Map.Entry::getValue)
                .map(v -> v instanceof Number n ? new BigDecimal(n.toString()).stripTrailingZeros().toPlainString()
                        : v instanceof OffsetDateTime t ? t.atZoneSameInstant(LegacyDatabase.sourceTimeZone()).toLocalDateTime() : v)
                .findFirst().orElse(null);
    }

    /** Whether a target value is the source value, as the copier's documented reading of each type has it. */
    private static boolean same(Object source, Object target) {
        if (source == null || target == null) {
            return source == target;
        }
        if (source instanceof Number a && target instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        if (source instanceof Boolean || target instanceof Boolean) {
            return Objects.equals(truth(source), truth(target));
        }
        if (source instanceof LocalDateTime local) {
            if (target instanceof OffsetDateTime instant) {
                return local.atZone(LegacyDatabase.sourceTimeZone()).toInstant().equals(instant.toInstant());
            }
            if (target instanceof LocalDate date) {
                return local.equals(date.atStartOfDay());
            }
            return local.equals(target);
        }
        if (target instanceof UUID uuid) {
            return UUID.fromString(source.toString().strip()).equals(uuid);
        }
        if (source instanceof byte[] a && target instanceof byte[] b) {
            return Arrays.equals(a, b);
        }
        return source.toString().equals(target.toString());
    }

    private static Boolean truth(Object value) {
        return value instanceof Boolean b ? b : !value.toString().equals("0") && !value.toString().equalsIgnoreCase("false");
    }
}
