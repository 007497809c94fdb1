package org.openimis.schema.copy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The outcome of a copy: per-table results, notes (column differences, orphans, dangling references) and status. */
public final class CopyReport {

    private final List<TableResult> tables = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String status = "running";
    private String error;
    private double seconds;

    void add(TableResult result) {
        tables.add(result);
    }

    void replace(TableResult old, TableResult updated) {
        tables.set(tables.indexOf(old), updated);
    }

    void note(String note) {
        notes.add(note);
    }

    void finish(String status, String error, double seconds) {
        this.status = status;
        this.error = error;
        this.seconds = seconds;
    }

    public List<TableResult> tables() {
        return List.copyOf(tables);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    public String status() {
        return status;
    }

    public long rowsWritten() {
        return tables.stream().mapToLong(TableResult::written).sum();
    }

    public double seconds() {
        return seconds;
    }

    /** The final summary table: table, read, written, skipped with reason, seconds. */
    public String summary() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-34s %12s %12s %12s  %-28s %8s%n",
                "table", "read", "written", "skipped", "reason", "seconds"));
        for (TableResult t : tables) {
            String reason = reasons(t);
            text.append(String.format(Locale.ROOT, "%-34s %,12d %,12d %,12d  %-28s %8.1f%n", t.table(), t.read(),
                    t.written(), t.skippedHistory(), reason, t.seconds()));
        }
        text.append(String.format(Locale.ROOT, "%-34s %,12d %,12d %,12d  %-28s %8.1f%n", "total",
                tables.stream().mapToLong(TableResult::read).sum(), rowsWritten(),
                tables.stream().mapToLong(TableResult::skippedHistory).sum(), status, seconds));
        return text.toString();
    }

    private static String reasons(TableResult t) {
        List<String> reasons = new ArrayList<>();
        if (t.skippedHistory() > 0) {
            reasons.add("history rows");
        }
        if (t.nulStripped() > 0) {
            reasons.add(t.nulStripped() + " NUL stripped");
        }
        if (t.orphansNulled() > 0) {
            reasons.add(t.orphansNulled() + " orphans nulled");
        }
        return String.join(", ", reasons);
    }

    /** The report as JSON, for CI. */
    public String toJson() {
        StringBuilder json = new StringBuilder("{\n  \"status\": ").append(quoted(status))
                .append(",\n  \"error\": ").append(error == null ? "null" : quoted(error))
                .append(",\n  \"seconds\": ").append(String.format(Locale.ROOT, "%.3f", seconds))
                .append(",\n  \"rowsWritten\": ").append(rowsWritten())
                .append(",\n  \"tables\": [");
        for (int i = 0; i < tables.size(); i++) {
            TableResult t = tables.get(i);
            json.append(i == 0 ? "\n" : ",\n").append(String.format(Locale.ROOT,
                    "    {\"table\": %s, \"read\": %d, \"written\": %d, \"skippedHistory\": %d, \"nulStripped\": %d, "
                            + "\"orphansNulled\": %d, \"seconds\": %.3f}",
                    quoted(t.table()), t.read(), t.written(), t.skippedHistory(), t.nulStripped(), t.orphansNulled(),
                    t.seconds()));
        }
        json.append("\n  ],\n  \"notes\": [");
        for (int i = 0; i < notes.size(); i++) {
            json.append(i == 0 ? "\n    " : ",\n    ").append(quoted(notes.get(i)));
        }
        return json.append("\n  ]\n}\n").toString();
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
