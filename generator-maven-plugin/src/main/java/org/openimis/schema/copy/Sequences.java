package org.openimis.schema.copy;

import org.openimis.schema.jdbc.Sql;
import org.openimis.schema.model.ColumnModel;

import java.sql.Connection;
import java.sql.SQLException;

/** The complete phase's last step: each identity or serial sequence of a copied table set past the largest value. */
final class Sequences {

    private Sequences() {
    }

    /** Resets the sequences; returns how many. */
    static int reset(Connection target, CopyPlan plan) throws SQLException {
        int count = 0;
        for (TablePlan table : plan.tables()) {
            for (ColumnModel column : table.table().columns()) {
                if (column.identity()) {
                    // the largest value marked as used: the next one follows it, and no sum overflows at the type's maximum
                    String max = "max(" + Sql.quote(column.name()) + ")";
                    Sql.execute(target, "select setval(pg_get_serial_sequence('" + Sql.quote(table.name()).replace("'", "''")
                            + "', '" + column.name() + "'), coalesce(" + max + ", 1), " + max + " is not null) from "
                            + Sql.quote(table.name()));
                    count++;
                }
            }
        }
        return count;
    }
}
