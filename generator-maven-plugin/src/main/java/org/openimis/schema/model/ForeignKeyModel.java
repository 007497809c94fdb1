package org.openimis.schema.model;

import java.util.List;

/** A foreign key of an entity table: its name, its columns and the table and columns they reference. */
public record ForeignKeyModel(String name, String table, List<String> columns, String referencedTable,
                              List<String> referencedColumns) {
}
