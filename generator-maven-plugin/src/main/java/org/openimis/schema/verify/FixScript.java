package org.openimis.schema.verify;

import org.openimis.schema.jdbc.Sql;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The SQL that brings a schema in line with the model, in dependency order, in one transaction. Destructive statements
 * (dropping what the model does not know, narrowing a type) are written as comments with a warning unless asked for.
 */
public final class FixScript {

    /** Why some statements are in the script (a difference, or a view re-created around one), and the statements. */
    public record Entry(String reason, List<FixStatement> statements) {
    }

    private record Line(String reason, FixStatement statement) {
    }

    private FixScript() {
    }

    /**
     * The script for the given entries.
     *
     * @param writeDestructive whether destructive statements are written to run (still with their warning)
     */
    static String render(String schema, List<Entry> entries, boolean writeDestructive) {
        List<Line> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.statements().isEmpty()) {
                notes.add(entry.reason());
            }
            entry.statements().forEach(statement -> lines.add(new Line(entry.reason(), statement)));
        }
        lines.sort(Comparator.comparing((Line l) -> l.statement().phase()).thenComparingLong(l -> l.statement().order()));
        long destructive = lines.stream().filter(l -> l.statement().destructive()).count();
        StringBuilder sql = new StringBuilder()
                .append("-- Brings schema ").append(schema).append(" in line with the openIMIS model")
                .append(" (written by openimis:verify-database).\n")
                .append("-- ").append(lines.size() - destructive).append(" statement(s) ready to run; ").append(destructive)
                .append(" destructive statement(s) ")
                .append(writeDestructive ? "WRITTEN TO RUN (openimis.verify.fixDestructive=true)"
                        : "written as comments: read each warning and uncomment what you mean to run")
                .append(".\n-- Run: psql -v ON_ERROR_STOP=1 -f <this file>. One transaction: on any error nothing is changed.\n");
        notes.forEach(note -> sql.append("-- NOTE: ").append(note).append('\n'));
        sql.append("\nbegin;\n\nset local search_path = ").append(Sql.quote(schema)).append(";\n");
        String reason = null;
        for (Line line : lines) {
            if (!line.reason().equals(reason)) {
                sql.append("\n-- ").append(line.reason().replace("\n", "\n-- ")).append('\n');
                reason = line.reason();
            }
            FixStatement statement = line.statement();
            if (!statement.destructive()) {
                sql.append(statement.sql()).append('\n');
            } else if (writeDestructive) {
                sql.append("-- WARNING: destructive: ").append(statement.warning()).append('\n').append(statement.sql()).append('\n');
            } else {
                sql.append("-- WARNING: destructive, not run: ").append(statement.warning()).append(".\n")
                        .append("-- ").append(statement.sql().replace("\n", "\n-- ")).append('\n');
            }
        }
        return sql.append("\ncommit;\n").toString();
    }
}
