package org.openimis.schema.verify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outcome of a verification: the differences (after the ignore patterns), those ignored, and the fix script.
 *
 * @param expectedTables how many tables the model has, and so on, for the summary line
 */
public record VerifyReport(String schema, List<Difference> differences, List<Difference> ignored,
                           List<FixScript.Entry> fixes, int expectedTables, int expectedViews, int expectedFunctions,
                           double seconds) {

    /** Whether the schema is the model's (ignored differences aside). */
    public boolean clean() {
        return differences.isEmpty();
    }

    /** How many differences of each kind, in the kinds' order. */
    public Map<DifferenceKind, Long> counts() {
        Map<DifferenceKind, Long> counts = new EnumMap<>(DifferenceKind.class);
        differences.forEach(d -> counts.merge(d.kind(), 1L, Long::sum));
        return counts;
    }

    /** One line: the verdict and the count per kind. */
    public String summary() {
        String verdict = clean()
                ? String.format(Locale.ROOT, "Schema %s matches the openIMIS model (%d tables, %d views, %d functions)",
                schema, expectedTables, expectedViews, expectedFunctions)
                : String.format(Locale.ROOT, "Schema %s differs from the openIMIS model in %d place(s): %s", schema,
                differences.size(), counts().entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey().words()).collect(Collectors.joining(", ")));
        return verdict + (ignored.isEmpty() ? "" : "; " + ignored.size() + " ignored (openimis.verify.ignore)")
                + String.format(Locale.ROOT, "; verified in %.1f s", seconds);
    }

    /** The differences grouped by table (alphabetically), then views, then functions, each in words. */
    public String text() {
        Map<String, List<Difference>> groups = new LinkedHashMap<>();
        differences.stream()
                .sorted(Comparator.comparingInt((Difference d) -> rank(d.group())).thenComparing(Difference::group))
                .forEach(d -> groups.computeIfAbsent(d.group(), g -> new ArrayList<>()).add(d));
        StringBuilder text = new StringBuilder();
        groups.forEach((group, members) -> {
            text.append(group).append('\n');
            for (Difference d : members) {
                text.append("  ").append(d.message()).append('\n');
                if (!d.diff().isEmpty()) {
                    d.diff().lines().forEach(line -> text.append("      ").append(line).append('\n'));
                }
            }
        });
        return text.toString();
    }

    /** The SQL that brings the schema in line; destructive statements as comments unless {@code writeDestructive}. */
    public String fixScript(boolean writeDestructive) {
        return FixScript.render(schema, fixes, writeDestructive);
    }

    /** The report as JSON, for CI. */
    public String toJson() {
        StringBuilder json = new StringBuilder("{\n  \"schema\": ").append(quoted(schema))
                .append(",\n  \"clean\": ").append(clean())
                .append(",\n  \"seconds\": ").append(String.format(Locale.ROOT, "%.3f", seconds))
                .append(",\n  \"summary\": {");
        String counts = counts().entrySet().stream()
                .map(e -> "\n    " + quoted(e.getKey().words()) + ": " + e.getValue()).collect(Collectors.joining(","));
        json.append(counts).append(counts.isEmpty() ? "}" : "\n  }");
        json.append(",\n  \"differences\": [").append(array(differences)).append("],\n  \"ignored\": [")
                .append(array(ignored)).append("]\n}\n");
        return json.toString();
    }

    private static String array(List<Difference> list) {
        if (list.isEmpty()) {
            return "";
        }
        return list.stream().map(d -> String.format(Locale.ROOT,
                        "\n    {\"kind\": %s, \"group\": %s, \"name\": %s, \"message\": %s, \"destructiveFix\": %s, \"diff\": %s}",
                        quoted(d.kind().words()), quoted(d.group()), quoted(d.name()), quoted(d.message()), d.destructive(),
                        d.diff().isEmpty() ? "null" : quoted(d.diff())))
                .collect(Collectors.joining(",")) + "\n  ";
    }

    private static int rank(String group) {
        if (group.startsWith("view ")) {
            return 1;
        }
        return group.startsWith("function ") ? 2 : 0;
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
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
