package org.openimis.schema.copy;

import org.openimis.schema.jdbc.ConnectionSettings;
import org.openimis.schema.model.SchemaModel;
import org.openimis.schema.model.TableModel;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Checked before a copy starts: the target holds the openIMIS tables, i.e. it was built by the apply goal. */
final class TargetSchemaCheck {

    private static final int NAMED = 5;

    private TargetSchemaCheck() {
    }

    /** Fails, saying to run apply, when the target lacks the entity tables (all of them, or some). */
    static void requireOpenImisSchema(Connection target, ConnectionSettings settings, SchemaModel model)
            throws SQLException {
        List<String> tables = model.tables().stream().map(TableModel::name).toList();
        List<String> missing = missing(target, tables);
        if (missing.isEmpty()) {
            return;
        }
        String url = settings.maskedUrl();
        if (missing.size() == tables.size()) {
            throw new CopyException("The target database " + url + " has no openIMIS schema (none of its "
                    + tables.size() + " tables): run the apply goal first (mvn openimis:apply -Dopenimis.url=...), "
                    + "then copy into it.");
        }
        throw new CopyException("The target database " + url + " lacks " + missing.size() + " of the " + tables.size()
                + " openIMIS tables (" + String.join(", ", missing.subList(0, Math.min(NAMED, missing.size())))
                + (missing.size() > NAMED ? ", ..." : "") + "): it was not built by the apply goal of this version. "
                + "Run the apply goal on an empty database first.");
    }

    /** The tables the target's search path does not resolve, in the given order. */
    private static List<String> missing(Connection target, List<String> tables) throws SQLException {
        List<String> missing = new ArrayList<>();
        Array names = target.createArrayOf("text", tables.toArray());
        try (PreparedStatement query = target.prepareStatement(
                "select t.name from unnest(?::text[]) with ordinality t(name, n) "
                        + "where to_regclass(quote_ident(t.name)) is null order by t.n")) {
            query.setArray(1, names);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    missing.add(rows.getString(1));
                }
            }
        } finally {
            names.free();
        }
        return missing;
    }
}
