package org.openimis.schema.copy;

import org.openimis.schema.jdbc.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The complete phase's last step: every sequence a copied table's column owns (identity or serial, as the target's
 * catalogue has them) set to the largest copied value, so that the next generated value follows it.
 */
final class Sequences {

    private static final String OWNED = """
            select c.relname, a.attname, pg_get_serial_sequence(format('%I', c.relname), a.attname)
            from pg_class c join pg_attribute a on a.attrelid = c.oid
            where c.relnamespace = 'public'::regnamespace and c.relname = any (?) and a.attnum > 0 and not a.attisdropped
              and pg_get_serial_sequence(format('%I', c.relname), a.attname) is not null
            order by 1, 2""";

    private Sequences() {
    }

    /** Resets the sequences; returns how many. */
    static int reset(Connection target, CopyPlan plan) throws SQLException {
        List<String[]> owned = new ArrayList<>();
        try (PreparedStatement query = target.prepareStatement(OWNED)) {
            query.setArray(1, target.createArrayOf("text", plan.tables().stream().map(TablePlan::name).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    owned.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
        }
        for (String[] column : owned) {
            // the largest value marked as used: no sum that could overflow at the type's maximum
            String max = "max(" + Sql.quote(column[1]) + ")";
            Sql.execute(target, "select setval('" + column[2].replace("'", "''") + "', coalesce(" + max + ", 1), " + max
                    + " is not null) from " + Sql.quote(column[0]));
        }
        return owned.size();
    }
}
