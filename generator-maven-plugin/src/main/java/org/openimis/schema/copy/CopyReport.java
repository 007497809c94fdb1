package org.openimis.schema.copy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of a copy: per-table results, the time of each phase, notes (column differences, orphans, dangling
 * references) and status.
 */
public final class CopyReport {

    private final List<TableResult> tables = new ArrayList<>();
    private final Map<String, String> skippedTables = new LinkedHashMap<>();
    private final Map<String, Double> phases = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<PreflightFinding> preflight = new ArrayList<>();
    private String status = "running";
    private String error;
    private double seconds;

    void add(List<TableResult> results) {
        tables.addAll(results);
    }

    /** Records tables that were not copied at all, each with its reason. */
    void skipped(List<String> names, String reason) {
        names.forEach(name -> skippedTables.put(name, reason));
    }

    /** Records the orphans the policy set to NULL, per table. */
    void orphansNulled(Map<String, Long> nulled) {
        tables.replaceAll(t -> nulled.containsKey(t.table()) ? new TableResult(t.table(), t.read(), t.written(),
                t.skippedHistory(), t.changes(), nulled.get(t.table()), t.seconds()) : t);
    }

    void preflight(List<PreflightFinding> findings) {
        preflight.addAll(findings);
    }

    /** What the preflight found in the source, those that stop the copy first. */
    public List<PreflightFinding> preflightFindings() {
        return List.copyOf(preflight);
    }

    /** Adds a phase's time (a phase run again adds up). */
    void phase(String name, double seconds) {
        phases.merge(name, seconds, Double::sum);
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

    /** Seconds per phase, in the order the phases ran: plan, prepare, copy, verify, indexes, orphans, ... */
    public Map<String, Double> phases() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(phases));
    }

    /** The tables not copied at all, with their reasons, in plan order. */
    public Map<String, String> skippedTables() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(skippedTables));
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

    /**
     * The final summary table: table, rows in the source (as the plan counts them: read plus skipped), written, skipped
     * with reason, seconds; then the tables not copied at all, with their reason.
     */
    public String summary() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-34s %12s %12s %12s  %-28s %8s%n",
                "table", "source rows", "written", "skipped", "reason", "seconds"));
        for (TableResult t : tables) {
            String reason = reasons(t);
            text.append(String.format(Locale.ROOT, "%-34s %,12d %,12d %,12d  %-28s %8.1f%n", t.table(),
                    t.read() + t.skippedHistory(), t.written(), t.skippedHistory(), reason, t.seconds()));
        }
        skippedTables.forEach((table, reason) -> text.append(String.format(Locale.ROOT, "%-34s %12s %12s %12s  %-28s%n",
                table, "-", "-", "-", "table skipped: " + reason)));
        text.append(String.format(Locale.ROOT, "%-34s %,12d %,12d %,12d  %-28s %8.1f%n", "total",
                tables.stream().mapToLong(t -> t.read() + t.skippedHistory()).sum(), rowsWritten(),
                tables.stream().mapToLong(TableResult::skippedHistory).sum(), status, seconds));
        text.append("phases:");
        phases.forEach((phase, time) -> text.append(String.format(Locale.ROOT, " %s %.1f s;", phase, time)));
        text.setLength(text.length() - 1);
        return text.append('\n').toString();
    }

    private static String reasons(TableResult t) {
        List<String> reasons = new ArrayList<>();
        if (t.skippedHistory() > 0) {
            reasons.add("history rows");
        }
        long changed = t.changes().stream().mapToLong(ValueChangeCount::count).sum();
        if (changed > 0) {
            reasons.add(changed + " values changed by policy");
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
                .append(",\n  \"phases\": {");
        int phase = 0;
        for (Map.Entry<String, Double> entry : phases.entrySet()) {
            json.append(phase++ == 0 ? "" : ", ").append(quoted(entry.getKey()))
                    .append(String.format(Locale.ROOT, ": %.3f", entry.getValue()));
        }
        json.append("},\n  \"tables\": [");
        for (int i = 0; i < tables.size(); i++) {
            TableResult t = tables.get(i);
            json.append(i == 0 ? "\n" : ",\n").append(String.format(Locale.ROOT,
                    "    {\"table\": %s, \"read\": %d, \"written\": %d, \"skippedHistory\": %d, \"nulStripped\": %d, "
                            + "\"orphansNulled\": %d, \"seconds\": %.3f, \"changes\": [%s]}",
                    quoted(t.table()), t.read(), t.written(), t.skippedHistory(), t.nulStripped(), t.orphansNulled(),
                    t.seconds(), changesJson(t)));
        }
        json.append("\n  ],\n  \"preflight\": [");
        for (int i = 0; i < preflight.size(); i++) {
            PreflightFinding f = preflight.get(i);
            json.append(i == 0 ? "\n" : ",\n").append(String.format(Locale.ROOT,
                    "    {\"table\": %s, \"column\": %s, \"check\": %s, \"count\": %d, \"stopsTheRun\": %s, "
                            + "\"description\": %s}", quoted(f.table()), quoted(f.column()), quoted(f.check().name()),
                    f.count(), f.stopsTheRun(), quoted(f.describe())));
        }
        json.append("\n  ],\n  \"skippedTables\": [");
        int skipped = 0;
        for (Map.Entry<String, String> entry : skippedTables.entrySet()) {
            json.append(skipped++ == 0 ? "\n" : ",\n").append("    {\"table\": ").append(quoted(entry.getKey()))
                    .append(", \"reason\": ").append(quoted(entry.getValue())).append('}');
        }
        json.append("\n  ],\n  \"notes\": [");
        for (int i = 0; i < notes.size(); i++) {
            json.append(i == 0 ? "\n    " : ",\n    ").append(quoted(notes.get(i)));
        }
        return json.append("\n  ]\n}\n").toString();
    }

    private static String changesJson(TableResult t) {
        StringBuilder json = new StringBuilder();
        for (ValueChangeCount change : t.changes()) {
            json.append(json.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT,
                    "{\"column\": %s, \"policy\": %s, \"count\": %d}", quoted(change.column()),
                    quoted(change.change().name()), change.count()));
        }
        return json.toString();
    }

    /** Writes the JSON report to a file, creating its folder. */
    void writeTo(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
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
