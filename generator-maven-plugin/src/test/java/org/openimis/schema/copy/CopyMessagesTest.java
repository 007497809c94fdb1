package org.openimis.schema.copy;

import org.junit.jupiter.api.Test;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.log.ToolLog;
import org.openimis.schema.testing.TestDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a copy tells its operator: refusals before it starts, advice that fits the settings, progress and summary. */
class CopyMessagesTest {

    private final List<String> log = new ArrayList<>();

    @Test
    void aTargetWithoutTheOpenImisSchemaIsRefusedBeforeTheCopySayingToRunApply() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("msg_noschema", CopyOptionsTest.FIXTURE);
        TestDatabase empty = TestDatabase.create("msg_noschema_empty");
        ConnectionSettings target = new ConnectionSettings("target", "openimis.target", empty.url(), empty.user(),
                empty.password());

        CopyException e = assertThrows(CopyException.class, () -> new DataCopier(ToolLog.lines(log::add))
                .copy(OpenImisEntities.all(), db.sourceSettings(), null, target, CopyOptions.defaults()));

        assertTrue(e.getMessage().contains("has no openIMIS schema (none of its 84 tables): run the apply goal first"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("Nothing was committed."), e.getMessage());
        assertTrue(log.stream().noneMatch(l -> l.startsWith("Copy plan")), "refused before the plan: " + log);
    }

    @Test
    void aTargetMissingSomeTablesIsNamedAsNotBuiltByApply() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("msg_partial", CopyOptionsTest.FIXTURE);
        CopyDatabases.execute(db.target, "DROP TABLE \"tblIMISDefaultsPhone\"");

        CopyException e = assertThrows(CopyException.class, () -> copy(db, CopyOptions.builder().dryRun(true).build()));

        assertTrue(e.getMessage().contains("lacks 1 of the 84 openIMIS tables (tblIMISDefaultsPhone): it was not built "
                + "by the apply goal of this version"), e.getMessage());
    }

    @Test
    void withOrphansNullAlreadySetAnOrphanInANotNullColumnDoesNotAdviseIt() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("msg_advice", CopyOptionsTest.FIXTURE);

        CopyException e = assertThrows(CopyException.class,
                () -> copy(db, CopyOptions.builder().tables(Set.of("tblHF")).orphans(OrphanPolicy.NULL).build()));

        assertTrue(e.getMessage().contains("tblHF.LegalForm -> tblLegalForms: 2 value(s) without parent row"), e.getMessage());
        assertTrue(e.getMessage().contains("(NOT NULL column: cannot be set to NULL)"), e.getMessage());
        assertFalse(e.getMessage().contains("openimis.copy.orphans=null"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Fix the source or copy the parent tables too. Nothing was committed."),
                e.getMessage());
    }

    @Test
    void orphansInNotNullColumnsOnlyDoNotAdviseANullPolicyThatCannotHelp() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("msg_advice_fail", CopyOptionsTest.FIXTURE);

        CopyException e = assertThrows(CopyException.class, () -> copy(db, CopyOptions.builder().tables(Set.of("tblHF")).build()));

        assertFalse(e.getMessage().contains("openimis.copy.orphans=null"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Nothing was committed."), e.getMessage());
    }

    @Test
    void theSummaryListsEveryTableWithSkippedOnesAndAgreesWithThePlan() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("msg_summary", CopyOptionsTest.FIXTURE);
        CopyDatabases.execute(db.source, "DROP TABLE \"tblIMISDefaultsPhone\"");
        CopyOptions options = CopyOptions.builder().historical(false).orphans(OrphanPolicy.NULL).build();

        copy(db, options.toBuilder().dryRun(true).build());
        String plan = log.stream().filter(l -> l.startsWith("Copy plan")).findFirst().orElseThrow();
        assertTrue(plan.matches("(?s).*\\n  tblLocations +6 rows, 2 history rows skipped\\n.*"), plan);
        log.clear();

        CopyReport report = copy(db, options);

        String summary = report.summary();
        assertTrue(summary.matches("(?s)table +source rows +written +skipped +reason +seconds\\n.*"), summary);
        assertTrue(summary.matches("(?s).*\\ntblLocations +6 +4 +2 +history rows, 1 orphans nulled +[0-9.]+\\n.*"), summary);
        assertTrue(summary.matches("(?s).*\\ntblIMISDefaultsPhone +- +- +- +table skipped: not in the source\\n.*"), summary);
        assertTrue(summary.matches("(?s).*\\ntotal +13 +10 +3 +committed +[0-9.]+\\n.*"), summary);
        assertEquals(Map.of("tblIMISDefaultsPhone", "not in the source"), report.skippedTables());
        assertTrue(report.toJson().contains("\"skippedTables\": [\n    {\"table\": \"tblIMISDefaultsPhone\", \"reason\": "
                + "\"not in the source\"}\n  ]"), report.toJson());
    }

    @Test
    void progressNamesTheTableNumberAndTheIndexAndForeignKeySteps() throws Exception {
        CopyDatabases db = CopyDatabases.withSourceData("msg_progress", CopyOptionsTest.FIXTURE);

        copy(db, CopyOptions.defaults());

        assertTrue(log.contains("Copying 13 rows in 85 tables"), log::toString);
        assertTrue(log.stream().anyMatch(l -> l.matches("tblLocations: 6 rows copied and verified in [0-9.]+ s \\(table \\d+ of 85\\)")),
                log::toString);
        assertTrue(log.stream().anyMatch(l -> l.matches("Rebuilding lookup indexes: 0 of \\d+ done in [0-9.]+ s, now .+")),
                log::toString);
        assertTrue(log.stream().anyMatch(l -> l.matches(
                "Validating and restoring foreign keys: 0 of \\d+ done in [0-9.]+ s, now \\S+\\..+")), log::toString);
    }

    private CopyReport copy(CopyDatabases db, CopyOptions options) {
        return new DataCopier(ToolLog.lines(log::add)).copy(OpenImisEntities.all(), db.sourceSettings(), null,
                db.targetSettings(), CopyOptionsTest.asTheGoalNamesThem(options));
    }
}
