package org.openimis.schema.copy;

import org.openimis.schema.log.ToolLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openimis.schema.entities.OpenImisEntities;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each copy option on a real PostgreSQL source and target, with the effect it has asserted. */
class CopyOptionsTest {

    /**
     * Small enough to count by hand. History rows (ValidityTo in the past): locations 91 and 121, facility 2. Location
     * 12 closes in the future and is current. Current location 1211 lies under history location 121.
     */
    static final String FIXTURE = """
            INSERT INTO "tblGender" ("Code", "Gender", "SortOrder") VALUES ('M', 'Male', 1), ('F', 'Female', 2), ('O', 'Other', 3);
            INSERT INTO "tblLegalForms" ("LegalFormCode", "LegalForms") VALUES ('G', 'Government'), ('P', 'Private');
            INSERT INTO "tblLocations"
                ("LocationId", "LocationUUID", "LocationCode", "LocationName", "ParentLocationId", "LocationType",
                 "ValidityFrom", "ValidityTo", "LegacyID")
            VALUES
                (1,    'a0000000-0000-0000-0000-000000000001', 'R1',    'North',        NULL, 'R', '2019-01-01 00:00:00+00', NULL, NULL),
                (11,   'a0000000-0000-0000-0000-000000000011', 'D11',   'Lakeside',     1,    'D', '2020-07-01 00:00:00+00', NULL, NULL),
                (91,   'a0000000-0000-0000-0000-000000000091', 'D11',   'Lakeside Old', 1,    'D', '2019-01-01 00:00:00+00', '2020-06-30 00:00:00+00', 11),
                (12,   'a0000000-0000-0000-0000-000000000012', 'D12',   'Hills',        1,    'D', '2019-01-01 00:00:00+00', '2999-12-31 00:00:00+00', NULL),
                (121,  'a0000000-0000-0000-0000-000000000121', 'W121',  'Ridge',        12,   'W', '2019-01-01 00:00:00+00', '2021-03-01 00:00:00+00', NULL),
                (1211, 'a0000000-0000-0000-0000-000000001211', 'V1211', 'Summit',       121,  'V', '2019-01-01 00:00:00+00', NULL, NULL);
            INSERT INTO "tblHF"
                ("HfID", "HfUUID", "HFCode", "HFName", "LegalForm", "HFLevel", "HFCareType", "LocationId", "OffLine",
                 "ValidityFrom", "ValidityTo", "AuditUserID")
            VALUES
                (1, 'b0000000-0000-0000-0000-000000000001', 'HF1', 'Lakeside Clinic', 'G', 'D', 'B', 11, false, '2019-01-01 00:00:00+00', NULL, 7),
                (2, 'b0000000-0000-0000-0000-000000000002', 'HF2', 'Old Clinic',      'P', 'H', 'B', 12, false, '2018-01-01 00:00:00+00', '2019-01-01 00:00:00+00', 7);
            """;

    /** Rows the target already holds in the tests of a non-empty target. */
    private static final String TARGET_ROWS = """
            INSERT INTO "tblGender" ("Code", "Gender") VALUES ('X', 'Unknown');
            INSERT INTO "tblLegalForms" ("LegalFormCode", "LegalForms") VALUES ('Z', 'Zeta');
            """;

    /** The fixture with the source's self reference of tblLocations dropped and two locations under a missing 998. */
    private static final String ORPHANS = """
            ALTER TABLE "tblLocations" DROP CONSTRAINT "tblLocations_ParentLocationId_5ba57c61_fk_tblLocati";
            """ + FIXTURE + """
            INSERT INTO "tblLocations"
                ("LocationId", "LocationUUID", "LocationCode", "LocationName", "ParentLocationId", "LocationType", "ValidityFrom")
            VALUES
                (31, 'a0000000-0000-0000-0000-000000000031', 'W31', 'Lost', 998, 'W', '2019-01-01 00:00:00+00'),
                (32, 'a0000000-0000-0000-0000-000000000032', 'W32', 'Astray', 998, 'W', '2019-01-01 00:00:00+00');
            """;

    private static CopyDatabases reports;

    private final List<String> log = new ArrayList<>();

    @Test
    void aNonEmptyTargetIsRefusedWithoutDeleteData() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("opt_refused", FIXTURE);
        CopyDatabases.execute(db.target, TARGET_ROWS);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);

        CopyException e = assertThrows(CopyException.class, () -> copy(db, CopyOptions.defaults()));

        assertTrue(e.getMessage().contains("2 table(s): tblGender, tblLegalForms"), e.getMessage());
        assertTrue(e.getMessage().contains("openimis.copy.deleteData=true"), e.getMessage());
        assertEquals(before, CopyDatabases.contentDigests(db.target));
    }

    @Test
    void deleteDataEmptiesTheTargetFirst() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("opt_delete", FIXTURE);
        CopyDatabases.execute(db.target, TARGET_ROWS);

        CopyReport report = copy(db, CopyOptions.builder().deleteData(true).build());

        assertEquals("committed", report.status());
        assertEquals(CopyDatabases.contentDigests(db.source), CopyDatabases.contentDigests(db.target));
    }

    @Test
    void deleteDataWithATableSubsetEmptiesOnlyThoseTables() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("opt_delete_subset", FIXTURE);
        CopyDatabases.execute(db.target, TARGET_ROWS);

        copy(db, CopyOptions.builder().deleteData(true).tables(Set.of("tblGender")).build());

        assertEquals(List.of("F", "M", "O"), CopyDatabases.column(db.target, "select \"Code\" from \"tblGender\" order by 1"));
        assertEquals(List.of("Z"), CopyDatabases.column(db.target, "select \"LegalFormCode\" from \"tblLegalForms\""));
    }

    /**
     * A filled target refreshed table by table: tblLocations alone (the target's tblHF references its rows), then
     * tblLocations with tblHF (foreign keys both ways: tblHF under tblLocations, tblLocations under itself).
     */
    @Test
    void deleteDataRefreshesATableSubsetOfAFilledTarget() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("opt_refresh", FIXTURE);
        copy(db, CopyOptions.defaults());
        CopyDatabases.execute(db.source, """
                UPDATE "tblLocations" SET "LocationName" = 'Lakeside East' WHERE "LocationId" = 11;
                UPDATE "tblHF" SET "HFName" = 'Lakeside Hospital' WHERE "HfID" = 1;
                """);

        CopyReport locations = copy(db, CopyOptions.builder().deleteData(true).tables(Set.of("tblLocations")).build());

        assertEquals("committed", locations.status());
        assertEquals(CopyDatabases.contentDigests(db.source).get("tblLocations"),
                CopyDatabases.contentDigests(db.target).get("tblLocations"));
        assertEquals(List.of("Lakeside Clinic"), CopyDatabases.column(db.target, "select \"HFName\" from \"tblHF\" where \"HfID\" = 1"));

        CopyReport both = copy(db, CopyOptions.builder().deleteData(true).tables(Set.of("tblLocations", "tblHF")).build());

        assertEquals("committed", both.status());
        assertEquals(CopyDatabases.contentDigests(db.source), CopyDatabases.contentDigests(db.target));
    }

    @Test
    void deleteDataOfASubsetFailsWhenAnotherTableStillReferencesARowThatIsGone() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("opt_refresh_gone", FIXTURE);
        copy(db, CopyOptions.defaults());
        CopyDatabases.execute(db.source, """
                DELETE FROM "tblHF" WHERE "HfID" = 2;
                DELETE FROM "tblLocations" WHERE "LocationId" IN (12, 121, 1211);
                """);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);

        CopyException e = assertThrows(CopyException.class,
                () -> copy(db, CopyOptions.builder().deleteData(true).tables(Set.of("tblLocations")).build()));

        assertTrue(e.getMessage().startsWith("Restoring a foreign key failed (alter table \"tblHF\" add constraint "
                + "\"tblHF_LocationId_1b9634eb_fk_tblLocations_LocationId\""), e.getMessage());
        assertTrue(e.getMessage().contains("(LocationId)=(12)"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Nothing was committed."), e.getMessage());
        assertEquals(before, CopyDatabases.contentDigests(db.target));
    }

    @Test
    void withoutHistoryPastRowsAreSkippedAndTheirDanglingReferencesSetNull() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("opt_history", FIXTURE);

        CopyReport report = copy(db, CopyOptions.builder().historical(false).orphans(OrphanPolicy.NULL).build());

        assertEquals("committed", report.status());
        assertEquals(List.of("1", "11", "12", "1211"),
                CopyDatabases.column(db.target, "select \"LocationId\" from \"tblLocations\" order by 1"));
        assertEquals(List.of("1"), CopyDatabases.column(db.target, "select \"HfID\" from \"tblHF\""));
        assertEquals(3, CopyDatabases.count(db.target, "select count(*) from \"tblGender\""));
        Map<String, TableResult> results = byTable(report);
        assertEquals(2, results.get("tblLocations").skippedHistory());
        assertEquals(4, results.get("tblLocations").written());
        assertEquals(1, results.get("tblHF").skippedHistory());
        assertEquals(0, results.get("tblGender").skippedHistory());
        // 1211's parent 121 is history: the reference is set NULL and counted
        assertEquals(1, results.get("tblLocations").orphansNulled());
        assertEquals(1, CopyDatabases.count(db.target,
                "select count(*) from \"tblLocations\" where \"LocationId\" = 1211 and \"ParentLocationId\" is null"));
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("tblLocations.ParentLocationId -> tblLocations: 1 value(s)")
                && n.contains("openimis.copy.historical=false") && n.contains("set to NULL")), report.notes()::toString);
    }

    @Test
    void withoutHistoryADanglingReferenceFailsWhenOrphansFail() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("opt_history_fail", FIXTURE);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);

        CopyException e = assertThrows(CopyException.class, () -> copy(db, CopyOptions.builder().historical(false).build()));

        assertTrue(e.getMessage().contains("tblLocations.ParentLocationId -> tblLocations: 1 value(s) without parent row "
                + "(e.g. LocationId=1211 (ParentLocationId=121))"), e.getMessage());
        assertTrue(e.getMessage().contains("openimis.copy.historical=false"), e.getMessage());
        assertEquals(before, CopyDatabases.contentDigests(db.target));
    }

    @Test
    void orphansFailByDefaultListingKeyCountAndSamples() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("opt_orphans_fail", ORPHANS);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);

        CopyException e = assertThrows(CopyException.class, () -> copy(db, CopyOptions.defaults()));

        assertTrue(e.getMessage().contains("tblLocations.ParentLocationId -> tblLocations: 2 value(s) without parent row "
                + "(e.g. LocationId=31 (ParentLocationId=998); LocationId=32 (ParentLocationId=998))"), e.getMessage());
        assertTrue(e.getMessage().contains("Nothing was committed"), e.getMessage());
        assertTrue(e.getMessage().contains("openimis.copy.orphans=null"), e.getMessage());
        assertEquals(before, CopyDatabases.contentDigests(db.target));
    }

    @Test
    void orphansNullSetsThemNullAndCountsThem() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("opt_orphans_null", ORPHANS);

        CopyReport report = copy(db, CopyOptions.builder().orphans(OrphanPolicy.NULL).build());

        assertEquals("committed", report.status());
        assertEquals(2, byTable(report).get("tblLocations").orphansNulled());
        assertEquals(List.of("31:null", "32:null"), CopyDatabases.column(db.target, "select \"LocationId\" || ':' || "
                + "coalesce(\"ParentLocationId\"::text, 'null') from \"tblLocations\" where \"LocationId\" in (31, 32) order by 1"));
        // every other row as in the source
        String others = "select count(*) from \"tblLocations\" where \"ParentLocationId\" is not null";
        assertEquals(CopyDatabases.count(db.source, others) - 2, CopyDatabases.count(db.target, others));
        assertEquals(CopyDatabases.count(db.source, "select count(*) from \"tblLocations\""),
                CopyDatabases.count(db.target, "select count(*) from \"tblLocations\""));
        // a value changed under a policy is a warning, not an information
        assertTrue(log.stream().anyMatch(line -> line.startsWith("WARNING: tblLocations.ParentLocationId -> tblLocations: 2 ")
                && line.endsWith("set to NULL (openimis.copy.orphans=null)")), log::toString);
    }

    @Test
    void orphansNullCannotEmptyANotNullColumn() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("opt_orphans_notnull", """
                ALTER TABLE "tblHF" DROP CONSTRAINT "tblHF_LocationId_1b9634eb_fk_tblLocations_LocationId";
                """ + FIXTURE + """
                UPDATE "tblHF" SET "LocationId" = 999 WHERE "HfID" = 2;
                """);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);

        CopyException e = assertThrows(CopyException.class,
                () -> copy(db, CopyOptions.builder().orphans(OrphanPolicy.NULL).build()));

        assertTrue(e.getMessage().contains("tblHF.LocationId -> tblLocations: 1 value(s) without parent row (NOT NULL "
                + "column: cannot be set to NULL) (e.g. HfID=2 (LocationId=999))"), e.getMessage());
        assertFalse(e.getMessage().contains("orphans=null to"), "no advice to set what is already set: " + e.getMessage());
        assertEquals(before, CopyDatabases.contentDigests(db.target));
    }

    @Test
    void aTableSubsetCopiesOnlyThoseTables() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("opt_subset", FIXTURE);

        CopyReport report = copy(db, CopyOptions.builder().tables(Set.of("tblGender", "tblLocations")).build());

        assertEquals(Set.of("tblGender", "tblLocations"), byTable(report).keySet());
        Map<String, String> source = CopyDatabases.contentDigests(db.source);
        Map<String, String> target = CopyDatabases.contentDigests(db.target);
        assertEquals(source.get("tblGender"), target.get("tblGender"));
        assertEquals(source.get("tblLocations"), target.get("tblLocations"));
        target.remove("tblGender");
        target.remove("tblLocations");
        assertTrue(target.values().stream().allMatch(d -> d.equals("0:")), "every other table stays empty: " + target);
    }

    @Test
    void aSubsetWhoseParentsAreNeitherCopiedNorInTheTargetFailsOnOrphans() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("opt_subset_parents", FIXTURE);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);

        CopyException e = assertThrows(CopyException.class, () -> copy(db, CopyOptions.builder().tables(Set.of("tblHF")).build()));

        assertTrue(e.getMessage().contains("tblHF.LegalForm -> tblLegalForms: 2 value(s)"), e.getMessage());
        assertTrue(e.getMessage().contains("tblHF.LocationId -> tblLocations: 2 value(s)"), e.getMessage());
        assertTrue(log.contains("tblHF.LocationId references tblLocations, which openimis.copy.tables does not copy: its "
                + "rows must already be in the target (checked)"), log::toString);
        assertEquals(before, CopyDatabases.contentDigests(db.target));

        // with the parents copied first, the same subset succeeds
        copy(db, CopyOptions.builder().tables(Set.of("tblLegalForms", "tblLocations")).build());
        CopyReport report = copy(db, CopyOptions.builder().tables(Set.of("tblHF")).build());
        assertEquals("committed", report.status());
        assertEquals(CopyDatabases.contentDigests(db.source).get("tblHF"), CopyDatabases.contentDigests(db.target).get("tblHF"));
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("opt_dryrun", FIXTURE);
        CopyDatabases.execute(db.target, TARGET_ROWS);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);

        CopyReport report = copy(db, CopyOptions.builder().dryRun(true).deleteData(true).build());

        assertEquals("dry-run", report.status());
        assertEquals(0, report.rowsWritten());
        assertEquals(before, CopyDatabases.contentDigests(db.target));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("Copy plan (85 tables") && l.contains("tblLocations")), log::toString);
        assertTrue(log.contains("Target tables that already hold rows: [tblGender, tblLegalForms]"), log::toString);
        assertTrue(log.contains("Dry run: nothing was written."), log::toString);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 10_000})
    void theBatchSizeDoesNotChangeWhatIsCopied(int batchSize) throws Exception {
        CopyDatabases db = reports().withNewTarget("opt_batch" + batchSize);

        CopyReport report = copy(db, CopyOptions.builder().batchSize(batchSize).build());

        assertEquals("committed", report.status());
        assertEquals(CopyDatabases.contentDigests(db.source), CopyDatabases.contentDigests(db.target));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void theNumberOfThreadsDoesNotChangeWhatIsCopied(int threads) throws Exception {
        CopyDatabases db = reports().withNewTarget("opt_threads" + threads);

        CopyReport report = copy(db, CopyOptions.builder().threads(threads).batchSize(2).build());

        assertEquals("committed", report.status());
        assertEquals(CopyDatabases.contentDigests(db.source), CopyDatabases.contentDigests(db.target));
    }

    @Test
    void theReportFileHoldsStatusAndCountsPerTable(@TempDir Path directory) throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("opt_report", FIXTURE);
        Path file = directory.resolve("reports/copy.json");

        copy(db, CopyOptions.builder().historical(false).orphans(OrphanPolicy.NULL).report(file).build());

        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"status\": \"committed\""), json);
        assertTrue(json.contains("\"error\": null"), json);
        Map<String, String> locations = tableEntry(json, "tblLocations");
        assertEquals("4", locations.get("read"));
        assertEquals("4", locations.get("written"));
        assertEquals("2", locations.get("skippedHistory"));
        assertEquals("1", locations.get("orphansNulled"));
        assertEquals("3", tableEntry(json, "tblGender").get("written"));
        assertTrue(json.contains("\"rowsWritten\": 10,"), json);
        // the time of every phase, in the order they ran
        assertTrue(json.matches("(?s).*\"phases\": \\{\"plan\": [0-9.]+, \"preflight\": [0-9.]+, \"prepare\": [0-9.]+, \"copy\": [0-9.]+, "
                + "\"verify\": [0-9.]+, \"keys\": [0-9.]+, \"indexes\": [0-9.]+, \"orphans\": [0-9.]+, \"foreign keys\": [0-9.]+, "
                + "\"sequences\": [0-9.]+, \"commit\": [0-9.]+\\}.*"), json);
    }

    @Test
    void theReportFileOfAFailedCopyHoldsTheError(@TempDir Path directory) throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("opt_report_failed", FIXTURE);
        CopyDatabases.execute(db.target, TARGET_ROWS);
        Path file = directory.resolve("copy.json");

        assertThrows(CopyException.class, () -> copy(db, CopyOptions.builder().report(file).build()));

        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"status\": \"failed\""), json);
        assertTrue(json.contains("\"error\": \"The target already holds rows in 2 table(s): tblGender, tblLegalForms."), json);
    }

    @Test
    void optionsOutOfRangeAreRefusedNamingTheSetting() {
        CopyOptions.Builder named = CopyOptions.builder().settingPrefix("openimis.copy.");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> named.batchSize(0).build())
                .getMessage().contains("openimis.copy.batchSize"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> named.batchSize(1).threads(0).build())
                .getMessage().contains("openimis.copy.threads"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> named.threads(1).progressSeconds(0).build())
                .getMessage().contains("openimis.copy.progressSeconds"));
        assertEquals(OrphanPolicy.NULL, OrphanPolicy.of(" Null ", "openimis.copy.orphans"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NulPolicy.of("drop", "openimis.copy.nulCharacters"))
                .getMessage().contains("openimis.copy.nulCharacters 'drop': use one of fail, strip"));
        assertEquals(ZoneId.of("UTC"), CopyOptions.defaults().sourceTimeZone());
    }

    private CopyReport copy(CopyDatabases db, CopyOptions options) {
        return new DataCopier(ToolLog.lines(log::add)).copy(OpenImisEntities.all(), db.sourceSettings(), null,
                db.targetSettings(), asTheGoalNamesThem(options));
    }

    /** The options with the setting names the copy-data goal hands the engine, which its messages then use. */
    static CopyOptions asTheGoalNamesThem(CopyOptions options) {
        return options.toBuilder().settingPrefix("openimis.copy.").build();
    }

    private static Map<String, TableResult> byTable(CopyReport report) {
        Map<String, TableResult> results = new TreeMap<>();
        report.tables().forEach(t -> results.put(t.table(), t));
        return results;
    }

    /** The number fields of one table's entry in the JSON report. */
    private static Map<String, String> tableEntry(String json, String table) {
        Matcher entry = Pattern.compile("\\{\"table\": \"" + table + "\"([^}]*)}").matcher(json);
        assertTrue(entry.find(), "no entry for " + table + " in " + json);
        Map<String, String> fields = new TreeMap<>();
        Matcher field = Pattern.compile("\"(\\w+)\": ([0-9.]+)").matcher(entry.group(1));
        while (field.find()) {
            fields.put(field.group(1), field.group(2));
        }
        return fields;
    }

    /** One source with the reports fixture (many tables and column types), shared by the content comparisons. */
    private static synchronized CopyDatabases reports() throws SQLException {
        if (reports == null) {
            reports = CopyDatabases.withSourceData("opt_reports", CopyDatabases.caseFixture("reports"));
        }
        return reports;
    }
}
