package org.openimis.schema.docs;

import org.openimis.schema.model.ForeignKeyModel;

import java.util.List;
import java.util.Optional;

/**
 * A table of the complete schema as the documentation shows it: an entity table, or a table that sql-extras creates.
 *
 * @param module the module whose pages list it (an entity's package, e.g. {@code claim})
 * @param source where it is defined, e.g. {@code entity Claim} or {@code sql-extras tables/core_User_groups.sql}
 * @param primaryKey the columns that identify a row (the primary key, or the {@code @Id} columns of a table without one)
 * @param uniqueColumnSets the column sets of its unique constraints
 * @param rules its constraints and indexes, as they are named in the DDL
 */
record DocTable(String name, String module, String description, String source, List<DocColumn> columns,
                List<String> primaryKey, List<ForeignKeyModel> foreignKeys, List<List<String>> uniqueColumnSets,
                List<Rule> rules) {

    /** A column: its PostgreSQL type as the DDL writes it, whether it allows null, its default (or null). */
    record DocColumn(String name, String type, boolean nullable, boolean identity, String defaultValue) {
    }

    /** A constraint or index: its kind ({@code primary key}, {@code unique}, {@code index}, ...), name and definition. */
    record Rule(String kind, String name, String definition) {
    }

    Optional<DocColumn> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** Whether the column is unique on its own (a unique constraint of exactly this column). */
    boolean uniqueAlone(String column) {
        return uniqueColumnSets.contains(List.of(column));
    }

    /** The other columns of the multi-column unique constraints the column belongs to, one list per constraint. */
    List<List<String>> uniqueTogetherWith(String column) {
        return uniqueColumnSets.stream().filter(set -> set.size() > 1 && set.contains(column))
                .map(set -> set.stream().filter(c -> !c.equals(column)).toList()).toList();
    }
}
