package org.openimis.schema.copy.legacy;

import java.util.ArrayList;
import java.util.List;

/**
 * One planted value of the legacy fixture, a line of anomalies.tsv: where it is (table, column, row key), its class,
 * the value in the source (null for SQL NULL) and what the target should receive ("?" where the policy is open).
 *
 * @param keyColumn the row key's column, or null when the line stands for every row of the table ({@code *})
 * @param keyValue  the row key's value as text, or null for every row
 */
public record Anomaly(String table, String column, String keyColumn, String keyValue, String anomalyClass,
                      String source, String target) {

    /** Whether the line stands for every row of the table (key {@code *}): a property of the column's type. */
    public boolean everyRow() {
        return keyColumn == null;
    }

    /** The lines of anomalies.tsv: tab-separated, {@code #} lines are comments, the first other line is the header. */
    static List<Anomaly> parse(String tsv) {
        List<Anomaly> anomalies = new ArrayList<>();
        boolean header = true;
        for (String line : tsv.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 6) {
                throw new IllegalArgumentException("anomalies.tsv: 6 tab-separated fields expected: " + line);
            }
            String key = fields[2];
            int equals = key.indexOf('=');
            if (!key.equals("*") && equals < 1) {
                throw new IllegalArgumentException("anomalies.tsv: row key must be COLUMN=VALUE or *: " + line);
            }
            anomalies.add(new Anomaly(fields[0], fields[1], key.equals("*") ? null : key.substring(0, equals),
                    key.equals("*") ? null : key.substring(equals + 1), fields[3], unescape(fields[4]), fields[5]));
        }
        return anomalies;
    }

    /** {@code \N} is NULL; {@code \\uXXXX} is the UTF-16 code unit XXXX (how a NUL or a lone surrogate is written). */
    static String unescape(String field) {
        if (field.equals("\\N")) {
            return null;
        }
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            if (field.startsWith("\\u", i) && i + 6 <= field.length()) {
                value.append((char) Integer.parseInt(field.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                value.append(field.charAt(i));
            }
        }
        return value.toString();
    }
}
