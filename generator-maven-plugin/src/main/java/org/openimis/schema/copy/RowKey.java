package org.openimis.schema.copy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Names the source row being copied, by its key columns, for error messages: {@code InsureeID=123}. */
final class RowKey {

    private final List<String> columns;
    private final int[] indexes;
    private ResultSet row;

    RowKey(List<String> columns, int[] indexes) {
        this.columns = columns;
        this.indexes = indexes;
    }

    void at(ResultSet current) {
        this.row = current;
    }

    @Override
    public String toString() {
        if (columns.isEmpty()) {
            return "a row of a table without key";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(columns.get(i)).append('=');
            try {
                text.append(indexes[i] > 0 ? row.getString(indexes[i]) : "?");
            } catch (SQLException e) {
                text.append('?');
            }
        }
        return text.toString();
    }
}
