package org.openimis.schema.verify;

/** Identifier quoting and type names as the reports print them. */
final class Sql {

    private Sql() {
    }

    /** The identifier in double quotes, as the generated DDL writes every name. */
    static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A type as a person reads it: {@code varchar(12)} for {@code character varying(12)}. */
    static String shortType(String type) {
        return type.replace("character varying", "varchar")
                .replaceFirst("^character\\(", "char(")
                .replace("timestamp(6) with time zone", "timestamptz(6)")
                .replace("timestamp with time zone", "timestamptz");
    }
}
