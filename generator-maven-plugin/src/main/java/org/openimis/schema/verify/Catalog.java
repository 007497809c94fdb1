package org.openimis.schema.verify;

import org.openimis.schema.jdbc.Sql;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one PostgreSQL schema holds, as its catalogue describes it, with every name unqualified: tables with their
 * columns, constraints, indexes (other than those of primary keys and unique constraints), views and functions. Each
 * list is in the order the objects were created (by oid), which for a schema built from the script is dependency
 * order. Objects that belong to an extension are left out.
 *
 * @param viewDependencies per view, the relations ({@code "name"}), their columns ({@code "name.column"}) and the
 *                         functions ({@code "name()"}) its query uses
 */
record Catalog(List<Table> tables, List<Constraint> constraints, List<Index> indexes, List<View> views,
               List<Function> functions, Map<String, Set<String>> viewDependencies) {

    record Table(String name, String comment, List<Column> columns) {
        Optional<Column> column(String columnName) {
            return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
        }
    }

    /**
     * @param type as {@code format_type} gives it, e.g. {@code character varying(12)}
     * @param defaultValue the default expression, or null
     * @param identity {@code a} (always), {@code d} (by default) or empty
     */
    record Column(String name, String type, boolean notNull, String defaultValue, String identity) {
    }

    /**
     * @param type {@code p} primary key, {@code u} unique, {@code f} foreign key, {@code c} check, {@code x} exclusion
     * @param definition as {@code pg_get_constraintdef} gives it
     */
    record Constraint(String table, String name, char type, String definition, boolean deferrable, boolean deferred) {

        /** The definition without its deferrability, which {@code pg_get_constraintdef} appends at the end. */
        String definitionWithoutDeferrability() {
            return definition.replaceFirst(" DEFERRABLE( INITIALLY DEFERRED)?$", "");
        }
    }

    /** @param definition as {@code pg_get_indexdef} gives it, without the schema before the table name */
    record Index(String table, String name, String definition) {
    }

    /** @param definition the query as {@code pg_get_viewdef} prints it */
    record View(String name, String definition) {
    }

    /**
     * @param arguments the identity arguments, e.g. {@code integer, integer}
     * @param definition as {@code pg_get_functiondef} gives it, without the schema before the function name
     */
    record Function(String name, String arguments, String result, String definition) {
        String signature() {
            return Sql.quote(name) + "(" + arguments + ")";
        }
    }

    Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
