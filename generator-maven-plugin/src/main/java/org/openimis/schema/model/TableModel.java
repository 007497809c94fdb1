package org.openimis.schema.model;

import java.util.List;
import java.util.Optional;

/**
 * An entity table: its columns in declaration order, the columns that identify a row (its primary key, or the
 * {@code @Id} columns of a table without one), its foreign keys and unique column sets.
 */
public record TableModel(String name, Class<?> entityClass, List<ColumnModel> columns, List<String> keyColumns,
                         List<ForeignKeyModel> foreignKeys, List<List<String>> uniqueColumnSets) {

    public Optional<ColumnModel> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
