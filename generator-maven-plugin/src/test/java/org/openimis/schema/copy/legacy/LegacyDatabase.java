package org.openimis.schema.copy.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The legacy openIMIS SQL Server database as a test fixture: the 65 legacy tables (plus one module table no entity
 * maps) in T-SQL ({@code legacy/legacy-schema.sql}), a small demo-like data set with planted anomalies
 * ({@code legacy/legacy-data.sql}) and the list of those anomalies ({@code legacy/anomalies.tsv}).
 *
 * <p>Both scripts are split into batches at lines holding only {@code GO}, as sqlcmd and SSMS do. On SQL Server the
 * batches run unchanged ({@link #loadIntoSqlServer}). H2 in MODE=MSSQLServer ({@link #loadIntoH2}) needs these
 * rewrites, and only these, applied to each batch:
 * <ol>
 *   <li>Comment lines ({@code --}) are dropped.</li>
 *   <li>{@code SET IDENTITY_INSERT t ON|OFF} is dropped: H2 takes explicit values in identity columns anyway.</li>
 *   <li>{@code tinyint} becomes {@code smallint}: H2's tinyint is signed (-128..127), SQL Server's is 0..255.</li>
 *   <li>{@code uniqueidentifier} becomes {@code char(36)} and {@code newid()} an upper-case random UUID: H2's UUID type
 *       would hand UUIDs out in lower case, while SQL Server's driver reads them in upper case, as the legacy
 *       application's data is seen by the copier.</li>
 *   <li>{@code rowversion} becomes {@code binary(8)} filled from the sequence {@code [dbo].[rowversion_counter]}, and
 *       the column gets the comment {@code rowversion} (JDBC metadata REMARKS). H2 reports the type as BINARY, so the
 *       copier's rowversion detection ({@code SourceColumn.isRowVersion}, which reads the type name "timestamp" or
 *       "rowversion") does NOT see these columns on H2; on SQL Server it does.</li>
 *   <li>{@code WITH CHECK ADD} and {@code WITH NOCHECK ADD} become {@code ADD} (the schema is created empty).</li>
 *   <li>{@code ALTER TABLE t NOCHECK CONSTRAINT c} becomes {@code ALTER TABLE t DROP CONSTRAINT c}: H2 cannot keep a
 *       foreign key switched off, so the two foreign keys SQL Server does not check (tblClaim.FeedbackID,
 *       tblFamilies.InsureeID) do not exist on H2.</li>
 *   <li>The function {@code nchar(n)} becomes {@code char(n)} (H2 has no NCHAR function; as a type name the rewrite is
 *       harmless, both are H2's CHARACTER).</li>
 * </ol>
 * Everything else (square-bracket names, {@code N'...'} literals, {@code ntext}, {@code nvarchar(max)},
 * {@code datetime}, {@code smalldatetime}, {@code bit}, {@code varbinary}, {@code identity(1, 1)},
 * {@code getdate()}, multi-row VALUES, ON UPDATE/DELETE CASCADE, string concatenation with +) H2 accepts as written.
 * Before the batches the H2 load creates the schema {@code dbo} and the sequence for the rowversion columns.
 */
public final class LegacyDatabase {

    /** The schema the legacy tables live in, on SQL Server and (created by {@link #loadIntoH2}) on H2. */
    public static final String SCHEMA = "dbo";

    /** The table that is not one of the 65: an add-on module's table no entity maps. */
    public static final String MODULE_TABLE = "tblModuleSmsOutbox";

    /** The comment a rowversion column carries on H2 (JDBC metadata REMARKS), where its type reads BINARY. */
    public static final String H2_ROWVERSION_REMARK = "rowversion";

    private static final Pattern GO = Pattern.compile("(?im)^\\s*go\\s*$");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create table \\[dbo\\]\\.\\[(\\w+)\\]");
    private static final Pattern ROWVERSION_COLUMN = Pattern.compile("(?i)\\[(\\w+)\\] rowversion\\b");
    private static final Pattern IDENTITY_INSERT = Pattern.compile("(?is)\\s*set identity_insert .*");
    private static final Pattern NOCHECK_CONSTRAINT = Pattern.compile("(?i)(alter table \\S+) nocheck constraint");
    private static final Pattern ZONE = Pattern.compile("source time zone: (\\S+)");

    private LegacyDatabase() {
    }

    public static String schemaScript() {
        return resource("legacy-schema.sql");
    }

    public static String dataScript() {
        return resource("legacy-data.sql");
    }

    public static String anomaliesText() {
        return resource("anomalies.tsv");
    }

    /** The planted anomalies, as anomalies.tsv lists them. */
    public static List<Anomaly> anomalies() {
        return Anomaly.parse(anomaliesText());
    }

    /** The zone in which the fixture's zone-less date-times were written (stated in anomalies.tsv's header). */
    public static ZoneId sourceTimeZone() {
        Matcher matcher = ZONE.matcher(anomaliesText());
        if (!matcher.find()) {
            throw new IllegalStateException("anomalies.tsv does not state its source time zone");
        }
        return ZoneId.of(matcher.group(1));
    }

    /** The tables the schema script creates: the 65 legacy tables and {@link #MODULE_TABLE}. */
    public static Set<String> tableNames() {
        Set<String> names = new TreeSet<>();
        Matcher matcher = CREATE_TABLE.matcher(schemaScript());
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The 65 legacy tables. */
    public static Set<String> legacyTableNames() {
        Set<String> names = tableNames();
        names.remove(MODULE_TABLE);
        return names;
    }

    /** A script's batches, split at lines holding only GO. */
    public static List<String> batches(String script) {
        return Arrays.stream(GO.split(script)).map(String::strip).filter(batch -> !batch.isEmpty()).toList();
    }

    /** Creates the tables and loads the data on SQL Server, running every batch as written. */
    public static void loadIntoSqlServer(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String batch : batches(schemaScript() + "\ngo\n" + dataScript())) {
                execute(statement, batch);
            }
        }
    }

    /** Creates the tables and loads the data on H2 (MODE=MSSQLServer), through the rewrites of the class comment. */
    public static void loadIntoH2(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            execute(statement, "create schema if not exists [dbo]");
            execute(statement, "create sequence [dbo].[rowversion_counter]");
            for (String batch : batches(schemaScript() + "\ngo\n" + dataScript())) {
                for (String sql : forH2(batch)) {
                    execute(statement, sql);
                }
            }
        }
    }

    /** The statements H2 runs for one batch: the batch rewritten, and the comments marking rowversion columns. */
    public static List<String> forH2(String batch) {
        String sql = batch.lines().filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
        if (sql.isBlank() || IDENTITY_INSERT.matcher(sql).matches()) {
            return List.of();
        }
        List<String> statements = new ArrayList<>();
        Matcher table = CREATE_TABLE.matcher(sql);
        if (table.find()) {
            Matcher rowVersion = ROWVERSION_COLUMN.matcher(sql);
            while (rowVersion.find()) {
                statements.add("comment on column [dbo].[" + table.group(1) + "].[" + rowVersion.group(1) + "] is '"
                        + H2_ROWVERSION_REMARK + "'");
            }
        }
        sql = replaceWord(sql, "tinyint", "smallint");
        sql = replaceWord(sql, "uniqueidentifier", "char(36)");
        sql = sql.replaceAll("(?i)\\bnewid\\(\\)", "upper(cast(random_uuid() as varchar(36)))");
        sql = replaceWord(sql, "rowversion", "binary(8) default cast(next value for [dbo].[rowversion_counter] as binary(8))");
        sql = sql.replaceAll("(?i)\\bwith (no)?check add\\b", "add");
        sql = NOCHECK_CONSTRAINT.matcher(sql).replaceAll("$1 drop constraint");
        sql = sql.replaceAll("(?i)\\bnchar\\(", "char(");
        statements.add(0, sql);
        return statements;
    }

    private static String replaceWord(String sql, String word, String replacement) {
        return Pattern.compile("(?i)\\b" + word + "\\b").matcher(sql).replaceAll(Matcher.quoteReplacement(replacement));
    }

    private static void execute(Statement statement, String sql) throws SQLException {
        try {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new SQLException("The legacy fixture failed at: " + abbreviated(sql) + "\n" + e.getMessage(),
                    e.getSQLState(), e);
        }
    }

    private static String abbreviated(String sql) {
        return sql.length() <= 300 ? sql : sql.substring(0, 300) + "...";
    }

    private static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(LegacyDatabase.class.getResourceAsStream("/legacy/" + name),
                "test resource legacy/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
