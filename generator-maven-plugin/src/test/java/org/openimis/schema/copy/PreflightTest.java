package org.openimis.schema.copy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.log.ToolLog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preflight on a PostgreSQL source holding values PostgreSQL allows and the target columns cannot take as they
 * are (the legacy SQL Server classes are covered by LegacyCopyH2Test): each is named with its row before anything is
 * written, in the error and in the JSON report.
 */
class PreflightTest {

    /** The fixture with tblGender.SortOrder widened to numeric in the source, and values only the source can hold. */
    private static final String EDGES = """
            ALTER TABLE "tblGender" ALTER COLUMN "SortOrder" TYPE numeric;
            """ + CopyOptionsTest.FIXTURE + """
            UPDATE "tblGender" SET "SortOrder" = 1.5 WHERE "Code" = 'M';
            UPDATE "tblGender" SET "SortOrder" = 'NaN' WHERE "Code" = 'F';
            UPDATE "tblLocations" SET "ValidityTo" = 'infinity' WHERE "LocationId" = 1;
            UPDATE "tblLocations" SET "ValidityFrom" = '0044-03-15 12:00:00+00 BC' WHERE "LocationId" = 11;
            """;

    private final List<String> log = new ArrayList<>();

    @Test
    void fractionsNanInfinityAndBcDatesStopTheCopyBeforeAnythingIsWritten(@TempDir Path directory) throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("pre_edges", EDGES);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);
        Path file = directory.resolve("copy.json");

        CopyException e = assertThrows(CopyException.class, () -> copy(db, CopyOptions.builder().report(file)));

        String message = e.getMessage();
        assertTrue(message.contains("tblGender.SortOrder: 1 value(s) with more decimals than integer holds (the copier does "
                + "not round) (e.g. Code=M (SortOrder=1.5))"), message);
        assertTrue(message.contains("tblGender.SortOrder: 1 value(s) NaN, which integer cannot hold (e.g. Code=F (SortOrder=NaN))"),
                message);
        assertTrue(message.contains("tblLocations.ValidityTo: 1 value(s) outside the years 1 to 9999 (infinity or BC), which "
                + "the copier does not write (e.g. LocationId=1 (ValidityTo=infinity))"), message);
        assertTrue(message.contains("tblLocations.ValidityFrom: 1 value(s) outside the years 1 to 9999 (infinity or BC), which "
                + "the copier does not write (e.g. LocationId=11 (ValidityFrom=0044-03-15 12:00:00+00 BC))"), message);
        assertTrue(message.contains("Nothing was written. Nothing was committed."), message);
        assertEquals(before, CopyDatabases.contentDigests(db.target));
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json.contains("{\"table\": \"tblGender\", \"column\": \"SortOrder\", \"check\": \"EXCESS_SCALE\", \"count\": 1, "
                + "\"stopsTheRun\": true"), json);
        assertTrue(json.contains("\"check\": \"DATE_OUT_OF_RANGE\""), json);
    }

    @Test
    void aDryRunRunsThePreflightAndWritesNothing() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("pre_dry", EDGES);
        Map<String, String> before = CopyDatabases.contentDigests(db.target);

        CopyReport report = copy(db, CopyOptions.builder().dryRun(true));

        assertEquals("dry-run", report.status());
        assertEquals(4, report.preflightFindings().stream().filter(PreflightFinding::stopsTheRun).count(),
                report.preflightFindings()::toString);
        assertTrue(log.stream().anyMatch(l -> l.contains("A copy would stop at the preflight: 4 finding(s)")), log::toString);
        assertEquals(before, CopyDatabases.contentDigests(db.target));
    }

    @Test
    void anIdentityAtTheIntegerMaximumLeavesItsSequenceValid() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("pre_maxid", CopyOptionsTest.FIXTURE + """
                INSERT INTO "tblLocations" ("LocationId", "LocationUUID", "LocationCode", "LocationName", "LocationType", "ValidityFrom")
                VALUES (2147483647, 'a0000000-0000-0000-0000-000000000099', 'R9', 'Far', 'R', '2019-01-01 00:00:00+00');
                """);

        assertEquals("committed", copy(db, CopyOptions.builder()).status());

        // the maximum is marked as used: the next value would be out of range, the reset itself did not overflow
        assertEquals(List.of("2147483647"), CopyDatabases.column(db.target, "select pg_sequence_last_value("
                + "pg_get_serial_sequence('\"tblLocations\"', 'LocationId')::regclass)"));
    }

    @Test
    void userGroupMembershipsAreCopiedAndTablesNoEntityMapsAreListed() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("pre_groups", CopyOptionsTest.FIXTURE + """
                INSERT INTO "core_User" ("id", "username") VALUES ('c0000000-0000-0000-0000-000000000001', 'admin');
                INSERT INTO "auth_group" ("id", "name") VALUES (1, 'claims'), (2, 'enrolment');
                INSERT INTO "core_User_groups" ("id", "user_id", "group_id")
                VALUES (7, 'c0000000-0000-0000-0000-000000000001', 1), (8, 'c0000000-0000-0000-0000-000000000001', 2);
                CREATE TABLE "module_sms_outbox" ("id" integer PRIMARY KEY, "text" varchar(100));
                INSERT INTO "module_sms_outbox" VALUES (1, 'hello'), (2, 'again'), (3, 'bye');
                """);
        CopyDatabases.execute(db.target, "INSERT INTO \"tblGender\" (\"Code\", \"Gender\") VALUES ('X', 'Unknown')");

        CopyReport report = copy(db, CopyOptions.builder().deleteData(true));

        assertEquals("committed", report.status());
        assertEquals(List.of("7:1", "8:2"), CopyDatabases.column(db.target, "select \"id\" || ':' || \"group_id\" from "
                + "\"core_User_groups\" order by 1"));
        // its serial sequence follows the copied ids
        assertEquals(List.of("8"), CopyDatabases.column(db.target, "select pg_sequence_last_value("
                + "pg_get_serial_sequence('\"core_User_groups\"', 'id')::regclass)"));
        assertTrue(log.stream().anyMatch(l -> l.equals("WARNING: Source tables no entity maps, not copied: "
                + "module_sms_outbox (3 rows)")), log::toString);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("Emptied 85 target tables (openimis.copy.deleteData), in the "
                + "copy's transaction: ") && l.contains("core_User_groups")), log::toString);
    }

    private CopyReport copy(CopyDatabases db, CopyOptions.Builder options) {
        return new DataCopier(ToolLog.lines(log::add)).copy(OpenImisEntities.all(), db.sourceSettings(), null,
                db.targetSettings(), options.settingPrefix("openimis.copy.").build());
    }
}
