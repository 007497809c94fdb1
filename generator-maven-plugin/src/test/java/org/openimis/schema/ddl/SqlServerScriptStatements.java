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
final class SqlServerScriptStatements {

    /** The openIMIS tables (the 86 entities less the two read-only ones, UserGroup and ClaimAttachmentCount). */
    static final int TABLE_COUNT = 84;

    private static final Pattern CREATE_TABLE = Pattern.compile("^create table \\[([^\\]]+)\\]");

    private SqlServerScriptStatements() {
    }

    /** The script split where a line ends with ";", without comment lines and without the ";". */
    static List<String> all() {
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
}
