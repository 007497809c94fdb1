package org.openimis.schema.ddl;

import org.openimis.schema.script.SchemaFiles;
import org.openimis.schema.testing.SqlScripts;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The statements of the committed openimis-sqlserver.sql, one by one, as the SQL Server script tests run them. */
public final class SqlServerScriptStatements {

    /** The openIMIS tables (the 86 entities less the two read-only ones, UserGroup and ClaimAttachmentCount). */
    static final int TABLE_COUNT = 84;

    private static final Pattern CREATE_TABLE = Pattern.compile("^create table \\[([^\\]]+)\\]");

    /** {@code create unique nonclustered index [name] on [table] (columns) where condition}. */
    private static final Pattern FILTERED_UNIQUE_INDEX = Pattern.compile(
            "(?s)create unique nonclustered index (\\[[^\\]]+\\])\\s+on (\\[[^\\]]+\\]) \\(([^)]+)\\) where (.+)");

    private SqlServerScriptStatements() {
    }

    /** The script split where a line ends with ";", without comment lines and without the ";". */
    public static List<String> all() {
        String script = SqlScripts.committed(SchemaFiles.SQLSERVER_FILE);
        return Arrays.stream(script.split(";\n"))
                .map(chunk -> chunk.lines().filter(line -> !line.startsWith("--")).collect(Collectors.joining("\n")).strip())
                .filter(statement -> !statement.isEmpty())
                .toList();
    }

    /** The names of the tables the statements create. */
    static Set<String> tableNames(List<String> statements) {
        Set<String> names = new TreeSet<>();
        for (String statement : statements) {
            Matcher matcher = CREATE_TABLE.matcher(statement);
            if (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** How many statements add a foreign key. */
    static long foreignKeyCount(List<String> statements) {
        return statements.stream().filter(statement -> statement.contains("\n    foreign key (")).count();
    }

    /**
     * The statement as H2 in MODE=MSSQLServer runs it. H2 has no filtered index (nor "nonclustered"). SQL Server's
     * {@code create unique nonclustered index ... where c is not null} only lets several rows have NULL in c, which an
     * H2 unique index allows anyway (NULLs are distinct), so for H2 it becomes a plain unique index. Any other filter
     * is refused rather than dropped.
     */
    public static String forH2(String statement) {
        Matcher matcher = FILTERED_UNIQUE_INDEX.matcher(statement);
        if (!matcher.matches()) {
            return statement;
        }
        String columns = matcher.group(3);
        String notNullFilter = Arrays.stream(columns.split(", "))
                .map(column -> column + " is not null").collect(Collectors.joining(" and "));
        if (!notNullFilter.equals(matcher.group(4))) {
            throw new IllegalStateException("Only a NOT NULL filter on the index columns can be left out for H2: " + statement);
        }
        return "create unique index " + matcher.group(1) + " on " + matcher.group(2) + " (" + columns + ")";
    }
}
