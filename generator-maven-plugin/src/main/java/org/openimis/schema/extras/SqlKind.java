package org.openimis.schema.extras;

import org.openimis.schema.jdbc.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of sql-extras object, one folder each, in the order the schema script places objects that are ready at
 * the same time; views and functions can be dropped and re-created by {@code apply}'s replace-objects mode.
 */
public enum SqlKind {
    TABLES(false),
    INDEXES(false),
    COMPAT(true),
    VIEWS(true),
    FUNCTIONS(true),
    PROCEDURES(true);

    private final boolean replaceable;

    SqlKind(boolean replaceable) {
        this.replaceable = replaceable;
    }

    /** The folder that holds objects of this kind, e.g. {@code views}. */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code apply} in replace-objects mode drops and re-creates objects of this kind. */
    public boolean replaceable() {
        return replaceable;
    }

    /** The kind a folder holds; the error names the file and the folders there are. */
    public static SqlKind ofFolder(String folder, String file) {
        for (SqlKind kind : values()) {
            if (kind.folder().equals(folder)) {
                return kind;
            }
        }
        throw new SqlExtrasException(file + " is in folder '" + folder + "', which is no sql-extras kind: put it in one of "
                + Arrays.stream(values()).map(SqlKind::folder).collect(Collectors.joining(", ")) + ".");
    }

    /** The statements that drop an object of this kind: a view by name, a function with each of its overloads. */
    public List<String> dropStatements(Connection connection, String name) throws SQLException {
        if (!replaceable) {
            throw new IllegalStateException(folder() + " are not dropped by apply");
        }
        if (this == VIEWS) {
            return List.of("drop view if exists " + Sql.quote(name));
        }
        List<String> statements = new ArrayList<>();
        try (PreparedStatement overloads = connection.prepareStatement("select p.oid::regprocedure::text from pg_proc p "
                + "where p.pronamespace = 'public'::regnamespace and p.proname = ? order by 1")) {
            overloads.setString(1, name);
            try (ResultSet rows = overloads.executeQuery()) {
                while (rows.next()) {
                    statements.add("drop function " + rows.getString(1));
                }
            }
        }
        return statements;
    }
}
