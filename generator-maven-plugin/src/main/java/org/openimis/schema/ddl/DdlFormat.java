package org.openimis.schema.ddl;

import java.util.stream.Collectors;

/** Normalizes the layout of one DDL statement: no trailing blanks, continuation lines indented by four spaces. */
final class DdlFormat {

    private DdlFormat() {
    }

    static String clean(String statement) {
        return statement.strip().replaceAll(";+$", "").lines()
                .map(String::stripTrailing)
                .filter(line -> !line.isBlank())
                .map(DdlFormat::indent)
                .collect(Collectors.joining("\n"));
    }

    private static String indent(String line) {
        String text = line.strip();
        if (line.equals(text) || text.startsWith(")")) {
            return text;
        }
        return "    " + text;
    }
}
