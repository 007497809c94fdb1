package org.openimis.schema.verify;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which changes of a column's type keep every value (widening), and can therefore run without a warning. */
final class ColumnTypes {

    private static final Pattern VARCHAR = Pattern.compile("character varying(?:\\((\\d+)\\))?");
    private static final Pattern NUMERIC = Pattern.compile("numeric(?:\\((\\d+),(\\d+)\\))?");
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");

    private ColumnTypes() {
    }

    /** Whether every value of type {@code from} converts to type {@code to} unchanged. */
    static boolean widens(String from, String to) {
        if (INTEGERS.contains(from) && INTEGERS.contains(to)) {
            return INTEGERS.indexOf(to) >= INTEGERS.indexOf(from);
        }
        if (to.equals("text")) {
            return from.startsWith("character varying");
        }
        Matcher fromVarchar = VARCHAR.matcher(from);
        Matcher toVarchar = VARCHAR.matcher(to);
        if (fromVarchar.matches() && toVarchar.matches()) {
            return toVarchar.group(1) == null
                    || fromVarchar.group(1) != null && Integer.parseInt(toVarchar.group(1)) >= Integer.parseInt(fromVarchar.group(1));
        }
        Matcher fromNumeric = NUMERIC.matcher(from);
        Matcher toNumeric = NUMERIC.matcher(to);
        if (fromNumeric.matches() && toNumeric.matches()) {
            if (toNumeric.group(1) == null) {
                return true;
            }
            if (fromNumeric.group(1) == null) {
                return false;
            }
            int fromScale = Integer.parseInt(fromNumeric.group(2));
            int toScale = Integer.parseInt(toNumeric.group(2));
            return toScale >= fromScale && Integer.parseInt(toNumeric.group(1)) - toScale
                    >= Integer.parseInt(fromNumeric.group(1)) - fromScale;
        }
        return false;
    }

    /** A type as a person reads it: {@code varchar(12)} for {@code character varying(12)}. */
    static String shortType(String type) {
        return type.replace("character varying", "varchar")
                .replaceFirst("^character\\(", "char(")
                .replace("timestamp(6) with time zone", "timestamptz(6)")
                .replace("timestamp with time zone", "timestamptz");
    }
}
