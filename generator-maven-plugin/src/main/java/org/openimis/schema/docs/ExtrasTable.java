package org.openimis.schema.docs;

import org.openimis.schema.extras.SqlKind;
import org.openimis.schema.docs.DocTable.DocColumn;
import org.openimis.schema.docs.DocTable.Rule;
import org.openimis.schema.extras.SqlObject;
import org.openimis.schema.model.ForeignKeyModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a table that sql-extras creates ({@code tables/<name>.sql}) from its {@code CREATE TABLE} statement, so that
 * its documentation comes from the very text that creates it: columns, named constraints, {@code CREATE INDEX}
 * statements, and the file's leading comment as its description. Understands the plain forms the sql-extras tables
 * use (a column with type, NOT NULL and DEFAULT; CONSTRAINT ... PRIMARY KEY, UNIQUE, FOREIGN KEY ... REFERENCES,
 * CHECK) and names the part it cannot read otherwise.
 */
final class ExtrasTable {

    private static final Pattern CREATE_TABLE = Pattern.compile("(?is)CREATE TABLE\\s+\"([^\"]+)\"\\s*\\((.*?)\\)\\s*;");
    private static final Pattern COLUMN = Pattern.compile("(?is)\"([^\"]+)\"\\s+(.+)");
    private static final Pattern NOT_NULL = Pattern.compile("(?i)\\s+NOT NULL\\b");
    private static final Pattern DEFAULT = Pattern.compile("(?i)\\s+DEFAULT\\s+(.+)$");
    private static final Pattern TYPE = Pattern.compile("(?i)[a-z][a-z0-9_ ]*(\\([0-9, ]+\\))?( with(out)? time zone)?");
    private static final Pattern CONSTRAINT = Pattern.compile("(?is)CONSTRAINT\\s+\"([^\"]+)\"\\s+"
            + "(PRIMARY KEY|UNIQUE|FOREIGN KEY|CHECK)\\s*\\((.*?)\\)(?:\\s+REFERENCES\\s+\"([^\"]+)\"\\s*\\((.*?)\\))?.*");
    private static final Pattern INDEX = Pattern.compile("(?i)CREATE (UNIQUE )?INDEX\\s+\"([^\"]+)\"\\s+ON\\s+\"([^\"]+)\"\\s*\\((.*)\\)\\s*;");

    private ExtrasTable() {
    }

    /** The table a {@code tables} object creates, with the indexes of every sql-extras object on it. */
    static DocTable read(SqlObject table, String module, List<SqlObject> extras) {
        String sql = withoutComments(table.sql());
        Matcher create = CREATE_TABLE.matcher(sql);
        if (!create.find()) {
            throw new IllegalArgumentException("sql-extras " + table.file() + ": no CREATE TABLE \"name\" (...); statement");
        }
        String name = create.group(1);
        List<DocColumn> columns = new ArrayList<>();
        List<String> primaryKey = new ArrayList<>();
        List<ForeignKeyModel> foreignKeys = new ArrayList<>();
        List<List<String>> uniques = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        for (String part : topLevelParts(create.group(2))) {
            Matcher constraint = CONSTRAINT.matcher(part);
            Matcher column = COLUMN.matcher(part);
            if (constraint.matches()) {
                String kind = constraint.group(2).toLowerCase(Locale.ROOT);
                List<String> names = names(constraint.group(3));
                switch (kind) {
                    case "primary key" -> primaryKey.addAll(names);
                    case "unique" -> uniques.add(names);
                    case "foreign key" -> foreignKeys.add(new ForeignKeyModel(constraint.group(1), name, names,
                            constraint.group(4), names(constraint.group(5))));
                    default -> { }
                }
                rules.add(new Rule(kind, constraint.group(1), part.substring(part.indexOf(constraint.group(2)))));
            } else if (column.matches() && column(column) != null) {
                columns.add(column(column));
            } else {
                throw new IllegalArgumentException("sql-extras " + table.file() + ": cannot read this part of the "
                        + "CREATE TABLE of " + name + " for the documentation: " + part);
            }
        }
        rules.addAll(indexes(name, extras));
        return new DocTable(name, module, description(table.sql()), "sql-extras `" + table.file() + "`",
                List.copyOf(columns), List.copyOf(primaryKey), List.copyOf(foreignKeys), List.copyOf(uniques),
                List.copyOf(rules));
    }

    /** The {@code CREATE INDEX} statements of sql-extras (tables and indexes) on the table, in file order. */
    static List<Rule> indexes(String tableName, List<SqlObject> extras) {
        List<Rule> indexes = new ArrayList<>();
        for (SqlObject object : extras) {
            if (object.kind() == SqlKind.TABLES || object.kind() == SqlKind.INDEXES) {
                for (String statement : withoutComments(object.sql()).split("(?<=;)")) {
                    Matcher index = INDEX.matcher(statement.strip());
                    if (index.matches() && index.group(3).equals(tableName)) {
                        indexes.add(new Rule(index.group(1) != null ? "unique index" : "index", index.group(2),
                                "(" + index.group(4) + "), sql-extras `" + object.file() + "`"));
                    }
                }
            }
        }
        return indexes;
    }

    /** A column definition (name, type, NOT NULL, DEFAULT in any order); null where it has anything else. */
    private static DocColumn column(Matcher column) {
        String rest = " " + column.group(2);
        boolean notNull = NOT_NULL.matcher(rest).find();
        rest = NOT_NULL.matcher(rest).replaceAll("");
        Matcher defaultValue = DEFAULT.matcher(rest);
        String value = defaultValue.find() ? defaultValue.group(1).strip() : null;
        String type = defaultValue.replaceAll("").strip().toLowerCase(Locale.ROOT);
        if (!TYPE.matcher(type).matches() || type.matches("(?i).*\\b(constraint|primary|unique|references|check|null)\\b.*")) {
            return null;
        }
        boolean serial = type.equals("serial") || type.equals("bigserial");
        String ddlType = switch (type) {
            case "serial" -> "integer";
            case "bigserial" -> "bigint";
            default -> type;
        };
        return new DocColumn(column.group(1), ddlType, !notNull, serial, value);
    }

    /** The comma-separated parts of a table body, commas inside parentheses left alone, whitespace collapsed. */
    private static List<String> topLevelParts(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder part = new StringBuilder();
        for (char c : body.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                parts.add(part.toString().strip().replaceAll("\\s+", " "));
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString().strip().replaceAll("\\s+", " "));
        return parts;
    }

    private static List<String> names(String quotedList) {
        return List.of(quotedList.split(",")).stream().map(n -> n.strip().replace("\"", "")).toList();
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\\n]*", "");
    }

    /** The leading {@code --} comment of the file, as one paragraph. */
    private static String description(String sql) {
        StringBuilder text = new StringBuilder();
        for (String line : sql.lines().toList()) {
            if (!line.startsWith("--")) {
                break;
            }
            if (!line.startsWith("-- requires:")) {
                text.append(text.isEmpty() ? "" : " ").append(line.substring(2).strip());
            }
        }
        return text.isEmpty() ? "(no description: the sql-extras file has no leading comment)" : text.toString();
    }
}
