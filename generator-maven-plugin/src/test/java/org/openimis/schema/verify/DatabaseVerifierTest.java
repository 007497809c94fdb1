package org.openimis.schema.verify;

import org.openimis.schema.log.ToolLog;
import org.junit.jupiter.api.Test;
import org.openimis.schema.apply.ApplyMode;
import org.openimis.schema.apply.SchemaApplier;
import org.openimis.schema.ddl.DdlTarget;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.extras.SqlExtras;
import org.openimis.schema.script.SchemaScript;
import org.openimis.schema.script.ScriptPart;
import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.testing.FreezingProxy;
import org.openimis.schema.testing.SchemaCatalog;
import org.openimis.schema.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** verify-database on real PostgreSQL: a database built by apply, then altered in each way a database drifts. */
class DatabaseVerifierTest {

    private static final SchemaScript SCRIPT = SchemaScript.of(OpenImisEntities.all(),
            SqlExtras.fromClasspath(DatabaseVerifierTest.class.getClassLoader()), DdlTarget.POSTGRESQL);

    private final List<String> log = new ArrayList<>();

    @Test
    void aDatabaseBuiltByApplyVerifiesCleanAndIsLeftAsItWas() throws Exception {
        try (Connection connection = built("verify_clean")) {
            TreeSet<String> before = SchemaCatalog.read(connection);

            VerifyReport report = verify(connection, "");

            assertTrue(report.clean(), report::text);
            assertTrue(report.summary().startsWith("Schema public matches the openIMIS model (85 tables, 34 views, "),
                    report.summary());
            assertEquals(before, SchemaCatalog.read(connection));
            assertEquals(0, count(connection, "select count(*) from pg_namespace where nspname like 'openimis_verify%'"),
                    "the scratch schema is rolled back");
            assertTrue(connection.getAutoCommit(), "the connection's auto-commit is restored");
            assertTrue(log.get(0).startsWith("Built the expected schema (412 statements)"), log::toString);
        }
    }

    @Test
    void aMissingColumnIsNamedAndAdded() throws Exception {
        assertFoundAndFixed("verify_missing_column", "alter table \"tblInsuree\" drop column \"Email\"",
                DifferenceKind.MISSING_COLUMN, "tblInsuree.Email: missing (expected varchar(100))", false);
    }

    @Test
    void anExtraColumnIsReportedAndNotDroppedUnlessAskedFor() throws Exception {
        try (Connection connection = built("verify_extra_column")) {
            execute(connection, "alter table \"tblInsuree\" add column \"LocalNote\" text");
            VerifyReport report = verify(connection, "");
            assertOnly(report, DifferenceKind.EXTRA_COLUMN, "tblInsuree.LocalNote: extra column (text), not in the model");
            assertTrue(report.fixScript(false).contains("-- alter table \"tblInsuree\" drop column \"LocalNote\";"),
                    report.fixScript(false));

            execute(connection, report.fixScript(false));
            assertOnly(verify(connection, ""), DifferenceKind.EXTRA_COLUMN,
                    "tblInsuree.LocalNote: extra column (text), not in the model");
            VerifyReport ignoring = verify(connection, "tblInsuree.Local*");
            assertTrue(ignoring.clean(), ignoring::text);
            assertEquals(1, ignoring.ignored().size());

            execute(connection, report.fixScript(true));
            assertClean(connection);
        }
    }

    @Test
    void aWiderTypeIsNamedAndNarrowedOnlyWhenAskedFor() throws Exception {
        try (Connection connection = built("verify_wider_type")) {
            execute(connection, "alter table \"tblInsuree\" alter column \"CHFID\" type varchar(50)");
            VerifyReport report = verify(connection, "");
            assertOnly(report, DifferenceKind.COLUMN_TYPE, "tblInsuree.CHFID: varchar(50), expected varchar(12)");
            assertTrue(report.differences().get(0).destructive());
            assertTrue(report.fixScript(false).contains("-- WARNING: destructive, not run: changing varchar(50) to "
                    + "varchar(12) may fail or change values."), report.fixScript(false));

            execute(connection, report.fixScript(false));
            assertEquals(1, verify(connection, "").differences().size(), "the commented statement did not run");
            execute(connection, report.fixScript(true));
            assertClean(connection);
        }
    }

    @Test
    void aNarrowerTypeIsWidened() throws Exception {
        assertFoundAndFixed("verify_narrow_type", "alter table \"tblInsuree\" alter column \"passport\" type varchar(20)",
                DifferenceKind.COLUMN_TYPE, "tblInsuree.passport: varchar(20), expected varchar(25)", false);
    }

    @Test
    void aTypeChangeOfAColumnThatViewsUseReplacesTheViewsThatUseIt() throws Exception {
        List<ScriptPart> parts = SCRIPT.parts().stream().map(part -> part.label().equals("table \"tblItems\"")
                ? new ScriptPart(part.label(), part.sql().replace("\"ItemCode\" varchar(6)", "\"ItemCode\" varchar(5)"), null)
                : part).toList();
        try (Connection connection = TestDatabase.create("verify_type_used_by_views").connect()) {
            new SchemaApplier(ToolLog.lines(line -> { })).apply(connection, new SchemaScript(SCRIPT.target(), parts, SCRIPT.extras()),
                    ApplyMode.CREATE);
            VerifyReport report = verify(connection, "");
            assertOnly(report, DifferenceKind.COLUMN_TYPE, "tblItems.ItemCode: varchar(5), expected varchar(6)");
            String fix = report.fixScript(false);
            List<String> dropped = fix.lines().filter(line -> line.startsWith("drop view ")).toList();
            assertEquals(List.of("drop view \"uvwItemUtilization\";", "drop view \"uvwItemExpenditures\";"), dropped, fix);
            fixAndAssertClean(connection, report, false);
        }
    }

    @Test
    void aNullableColumnIsMadeNotNull() throws Exception {
        assertFoundAndFixed("verify_nullable", "alter table \"tblInsuree\" alter column \"LastName\" drop not null",
                DifferenceKind.COLUMN_NULLABILITY, "tblInsuree.LastName: nullable, expected not null", false);
    }

    @Test
    void aChangedDefaultIsReset() throws Exception {
        assertFoundAndFixed("verify_default", "alter table \"tblIMISDefaults\" alter column \"ActivationOption\" set default 3",
                DifferenceKind.COLUMN_DEFAULT, "tblIMISDefaults.ActivationOption: default 3, expected default 2", false);
    }

    @Test
    void aDroppedPatternIndexIsCreated() throws Exception {
        assertFoundAndFixed("verify_index", "drop index \"tblClaim_ClaimCode_5da2c346_like\"", DifferenceKind.MISSING_INDEX,
                "index tblClaim_ClaimCode_5da2c346_like: missing (CREATE INDEX \"tblClaim_ClaimCode_5da2c346_like\" ON "
                        + "\"tblClaim\" USING btree (\"ClaimCode\" varchar_pattern_ops))", false);
    }

    @Test
    void aForeignKeyThatIsNotDeferrableIsMadeDeferrable() throws Exception {
        assertFoundAndFixed("verify_deferrable", "alter table \"tblClaim\" alter constraint "
                        + "\"tblClaim_FeedbackID_60e540d8_fk_tblFeedback_FeedbackID\" not deferrable",
                DifferenceKind.FOREIGN_KEY_DEFERRABILITY,
                "FK tblClaim_FeedbackID_60e540d8_fk_tblFeedback_FeedbackID: not deferrable",
                false);
    }

    @Test
    void aForeignKeyUnderAnotherNameIsRenamed() throws Exception {
        assertFoundAndFixed("verify_renamed_fk", "alter table \"tblClaim\" rename constraint "
                        + "\"tblClaim_FeedbackID_60e540d8_fk_tblFeedback_FeedbackID\" to \"fk_claim_feedback\"",
                DifferenceKind.CONSTRAINT_NAME,
                "FK tblClaim_FeedbackID_60e540d8_fk_tblFeedback_FeedbackID: named fk_claim_feedback", false);
    }

    @Test
    void anEditedViewIsShownAsADiffAndReplacedWithTheViewsThatUseIt() throws Exception {
        try (Connection connection = built("verify_view")) {
            execute(connection, "create or replace view \"tblDistricts\" as select l.\"LocationId\" as \"DistrictId\", "
                    + "l.\"LocationCode\" as \"DistrictCode\", l.\"LocationName\" as \"DistrictName\", "
                    + "l.\"ParentLocationId\" as \"Region\", l.\"ValidityFrom\", l.\"ValidityTo\", l.\"LegacyID\", "
                    + "l.\"AuditUserId\", l.\"RowId\" from \"tblLocations\" l where l.\"LocationType\" = 'D'");
            VerifyReport report = verify(connection, "");

            assertOnly(report, DifferenceKind.VIEW_DEFINITION, "view tblDistricts: definition differs");
            String diff = report.differences().get(0).diff();
            assertTrue(diff.startsWith("--- live tblDistricts\n+++ expected tblDistricts\n"), diff);
            assertTrue(diff.contains("\n-  WHERE \"LocationType\"::text = 'D'::text;\n"), diff);
            assertTrue(diff.contains("\n+  WHERE upper(\"LocationType\"::text) = 'D'::text AND \"ValidityTo\" IS NULL;\n"), diff);
            assertTrue(report.text().contains("      +++ expected tblDistricts\n"), report.text());
            assertTrue(report.fixScript(false).contains("-- view uvwClaimEntered: uses an object this script changes, "
                    + "so it is dropped and re-created"), report.fixScript(false));
            fixAndAssertClean(connection, report, false);
        }
    }

    @Test
    void aMissingFunctionIsCreated() throws Exception {
        assertFoundAndFixed("verify_function", "drop function \"udfTotalClaims\"",
                DifferenceKind.MISSING_FUNCTION,
                "function udfTotalClaims(themonth integer, theyear integer, prodid integer, hfid integer, locationid integer): missing",
                false);
    }

    @Test
    void anEditedFunctionIsReplaced() throws Exception {
        try (Connection connection = built("verify_function_body")) {
            execute(connection, "create or replace function month(date) returns integer language sql immutable "
                    + "as $$ select extract(month from $1)::integer + 0 $$");
            VerifyReport report = verify(connection, "");
            assertOnly(report, DifferenceKind.FUNCTION_DEFINITION, "function month(date): definition differs");
            assertTrue(report.differences().get(0).diff().contains("+AS $function$ SELECT EXTRACT(MONTH FROM $1)::integer $function$"),
                    report.differences().get(0).diff());
            fixAndAssertClean(connection, report, false);
        }
    }

    @Test
    void anExtraTableIsReportedAndCanBeIgnored() throws Exception {
        try (Connection connection = built("verify_extra_table")) {
            execute(connection, "create table \"my_report_cache\" (\"id\" integer primary key, \"note\" text)");
            VerifyReport report = verify(connection, "");
            assertOnly(report, DifferenceKind.EXTRA_TABLE, "table my_report_cache: extra, not in the model (2 columns)");

            execute(connection, report.fixScript(false));
            assertEquals(1, verify(connection, "").differences().size(), "an extra table is reported, not dropped");
            assertTrue(verify(connection, "my_report_*").clean());
            execute(connection, report.fixScript(true));
            assertClean(connection);
        }
    }

    @Test
    void aMissingTableIsCreatedWithItsSequenceConstraintsAndIndexes() throws Exception {
        assertFoundAndFixed("verify_missing_table", "drop table \"core_User_groups\"", DifferenceKind.MISSING_TABLE,
                "table core_User_groups: missing", false);
    }

    @Test
    void anotherSchemaCanBeVerified() throws Exception {
        try (Connection connection = built("verify_other_schema")) {
            execute(connection, "alter schema public rename to imis", "create schema public");
            VerifyReport report = new DatabaseVerifier(ToolLog.lines(log::add)).verify(connection, SCRIPT, "imis", IgnorePatterns.of(null));
            assertTrue(report.clean(), report::text);
            execute(connection, "alter table imis.\"tblInsuree\" alter column \"LastName\" drop not null");
            report = new DatabaseVerifier(ToolLog.lines(log::add)).verify(connection, SCRIPT, "imis", IgnorePatterns.of(null));
            assertOnly(report, DifferenceKind.COLUMN_NULLABILITY, "tblInsuree.LastName: nullable, expected not null");
            execute(connection, report.fixScript(false));
            assertTrue(new DatabaseVerifier(ToolLog.lines(log::add)).verify(connection, SCRIPT, "imis", IgnorePatterns.of(null)).clean());
        }
    }

    @Test
    void theJsonReportListsEachDifferenceAndTheCountPerKind() throws Exception {
        try (Connection connection = built("verify_json")) {
            execute(connection, "alter table \"tblInsuree\" alter column \"LastName\" drop not null",
                    "alter table \"tblInsuree\" alter column \"OtherNames\" drop not null",
                    "create table \"my_report_cache\" (\"id\" integer)");
            String json = verify(connection, "my_*").toJson();
            assertTrue(json.contains("\"clean\": false"), json);
            assertTrue(json.contains("\"summary\": {\n    \"column nullability\": 2\n  }"), json);
            assertTrue(json.contains("{\"kind\": \"column nullability\", \"group\": \"tblInsuree\", \"name\": "
                    + "\"tblInsuree.LastName\", \"message\": \"tblInsuree.LastName: nullable, expected not null\", "
                    + "\"destructiveFix\": false, \"diff\": null}"), json);
            assertTrue(json.contains("\"ignored\": [\n    {\"kind\": \"extra table\""), json);
        }
    }

    @Test
    void aMissingSchemaOrPrivilegeIsExplained() throws Exception {
        try (Connection connection = built("verify_errors")) {
            VerifyException noSchema = assertThrows(VerifyException.class, () -> new DatabaseVerifier(ToolLog.lines(log::add))
                    .verify(connection, SCRIPT, "imis", IgnorePatterns.of(null)));
            assertEquals("The database has no schema 'imis' (openimis.verify.schema).", noSchema.getMessage());

            String database = single(connection, "select current_database()");
            execute(connection, "create role verify_reader login password 'reader'",
                    "revoke create on database \"" + database + "\" from public");
            try (Connection reader = java.sql.DriverManager.getConnection(connectionUrl(connection), "verify_reader", "reader")) {
                VerifyException noPrivilege = assertThrows(VerifyException.class, () -> new DatabaseVerifier(ToolLog.lines(log::add))
                        .verify(reader, SCRIPT, "public", IgnorePatterns.of(null)));
                assertTrue(noPrivilege.getMessage().startsWith("verify-database builds the expected schema in a scratch "
                        + "schema that it rolls back, and so needs the CREATE privilege on the database"),
                        noPrivilege.getMessage());
            } finally {
                execute(connection, "drop owned by verify_reader", "drop role verify_reader");
            }
        }
    }

    // ---- helpers

    private void assertFoundAndFixed(String database, String alteration, DifferenceKind kind, String message,
                                     boolean destructive) throws Exception {
        try (Connection connection = built(database)) {
            execute(connection, alteration);
            VerifyReport report = verify(connection, "");
            assertOnly(report, kind, message);
            assertFalse(report.differences().get(0).destructive(), "the fix is safe to run");
            fixAndAssertClean(connection, report, destructive);
        }
    }

    private void fixAndAssertClean(Connection connection, VerifyReport report, boolean destructive) throws SQLException {
        String fix = report.fixScript(destructive);
        try {
            execute(connection, fix);
        } catch (SQLException e) {
            throw new AssertionError("the fix script fails: " + e.getMessage() + "\n" + fix, e);
        }
        assertClean(connection);
    }

    private void assertClean(Connection connection) {
        VerifyReport again = verify(connection, "");
        assertTrue(again.clean(), again::text);
    }

    private static void assertOnly(VerifyReport report, DifferenceKind kind, String message) {
        assertEquals(1, report.differences().size(), report::text);
        assertEquals(kind, report.differences().get(0).kind(), report::text);
        assertEquals(message, report.differences().get(0).message());
        assertTrue(report.summary().startsWith("Schema public differs from the openIMIS model in 1 place(s): 1 "
                + kind.words()) || report.summary().startsWith("Schema imis differs"), report.summary());
    }

    @Test
    void aServerThatStopsAnsweringEndsTheVerificationNamingIt() throws Exception {
        TestDatabase database = TestDatabase.create("verify_frozen");
        try (Connection connection = database.connect()) {
            new SchemaApplier(ToolLog.lines(line -> { })).apply(connection, SCRIPT, ApplyMode.CREATE);
        }
        try (FreezingProxy proxy = new FreezingProxy(database.url())) {
            ConnectionSettings proxied = new ConnectionSettings("database", "openimis", proxy.url(database.url()),
                    database.user(), database.password());
            long[] frozenAt = {0};
            DatabaseVerifier verifier = new DatabaseVerifier(ToolLog.lines(line -> {
                if (frozenAt[0] == 0 && line.startsWith("Built the expected schema")) {
                    proxy.freeze(); // the catalogue reads come next
                    frozenAt[0] = System.nanoTime();
                }
            }));

            VerifyException error = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(
                    VerifyException.class, () -> verifier.verify(proxied, SCRIPT, "public", IgnorePatterns.of(null), 1)));

            assertTrue(frozenAt[0] > 0, "frozen after the scratch schema was built");
            assertTrue((System.nanoTime() - frozenAt[0]) / 1e9 < 10, "failed within a few heartbeats");
            assertEquals("The " + proxied + " did not answer the heartbeat within 1 s "
                    + "(openimis.verify.heartbeatSeconds=1) while the schema was verified.", error.getMessage());
        }
    }

    private VerifyReport verify(Connection connection, String ignore) {
        return new DatabaseVerifier(ToolLog.lines(log::add)).verify(connection, SCRIPT, "public", IgnorePatterns.of(ignore));
    }

    private static Connection built(String name) throws SQLException {
        Connection connection = TestDatabase.create(name).connect();
        new SchemaApplier(ToolLog.lines(line -> { })).apply(connection, SCRIPT, ApplyMode.CREATE);
        connection.setAutoCommit(true);
        return connection;
    }

    private static void execute(Connection connection, String... statements) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static int count(Connection connection, String sql) throws SQLException {
        return Integer.parseInt(single(connection, sql));
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** The connection's URL without parameters. */
    private static String connectionUrl(Connection connection) throws SQLException {
        String url = connection.getMetaData().getURL();
        return url.contains("?") ? url.substring(0, url.indexOf('?')) : url; // the URL's user would win over ours
    }
}
