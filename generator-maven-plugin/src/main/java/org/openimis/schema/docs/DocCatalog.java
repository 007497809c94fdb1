package org.openimis.schema.docs;

import org.openimis.schema.extras.SqlKind;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.Synchronize;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;
import org.openimis.schema.ddl.DdlTarget;
import org.openimis.schema.ddl.EntityMetadata;
import org.openimis.schema.docs.DocTable.DocColumn;
import org.openimis.schema.docs.DocTable.Rule;
import org.openimis.schema.extras.SqlObject;
import org.openimis.schema.model.ColumnModel;
import org.openimis.schema.model.ForeignKeyModel;
import org.openimis.schema.model.SchemaModel;
import org.openimis.schema.model.TableModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every table of the complete schema, as the documentation shows it: the entity tables (from Hibernate's mapping model)
 * and the tables sql-extras creates (read from their {@code CREATE TABLE}), sorted by name. A table's module is its
 * entity's package; an sql-extras table belongs to the module of the read-only entity that reads it
 * ({@code @Synchronize}), or to a module named {@code sql-extras} where none does.
 */
record DocCatalog(List<DocTable> tables) {

    static DocCatalog of(List<Class<?>> entityClasses, List<SqlObject> extras) {
        List<DocTable> tables = new ArrayList<>();
        Map<String, Table> mapped = new HashMap<>();
        try (EntityMetadata metadata = EntityMetadata.build(entityClasses, DdlTarget.POSTGRESQL)) {
            for (PersistentClass entity : metadata.metadata().getEntityBindings()) {
                mapped.put(entity.getTable().getName(), entity.getTable());
            }
            for (TableModel table : SchemaModel.of(entityClasses).tables()) {
                tables.add(entityTable(table, mapped.get(table.name()), extras));
            }
        }
        for (SqlObject object : extras) {
            if (object.kind() == SqlKind.TABLES) {
                tables.add(ExtrasTable.read(object, readerModule(object.name(), entityClasses), extras));
            }
        }
        tables.sort(Comparator.comparing(DocTable::name));
        return new DocCatalog(List.copyOf(tables));
    }

    DocTable table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The schema has no table named '" + name + "'"));
    }

    List<ForeignKeyModel> foreignKeys() {
        return tables.stream().flatMap(t -> t.foreignKeys().stream()).toList();
    }

    /** The foreign keys that reference the table, by name of the referencing table then key. */
    List<ForeignKeyModel> referencing(String table) {
        return foreignKeys().stream().filter(fk -> fk.referencedTable().equals(table))
                .sorted(Comparator.comparing(ForeignKeyModel::table).thenComparing(ForeignKeyModel::name)).toList();
    }

    /** The tables by module, modules sorted by name. */
    Map<String, List<DocTable>> modules() {
        return tables.stream().collect(Collectors.groupingBy(DocTable::module, java.util.TreeMap::new, Collectors.toList()));
    }

    String moduleOf(String table) {
        return table(table).module();
    }

    private static DocTable entityTable(TableModel table, Table mapping, List<SqlObject> extras) {
        List<DocColumn> columns = table.columns().stream().map(DocCatalog::column).toList();
        List<Rule> rules = new ArrayList<>();
        if (mapping.getPrimaryKey() != null) {
            rules.add(new Rule("primary key", mapping.getPrimaryKey().getName(), list(mapping.getPrimaryKey().getColumns())));
        }
        mapping.getUniqueKeys().values().stream()
                .sorted(Comparator.comparing(org.hibernate.mapping.UniqueKey::getName))
                .forEach(key -> rules.add(new Rule("unique", key.getName(), list(key.getColumns()))));
        mapping.getChecks().forEach(check -> rules.add(new Rule("check", check.getName(), check.getConstraint())));
        for (org.hibernate.mapping.Column column : mapping.getColumns()) {
            column.getCheckConstraints().forEach(check -> rules.add(new Rule("check", check.getName(), check.getConstraint())));
        }
        mapping.getIndexes().values().stream()
                .sorted(Comparator.comparing(org.hibernate.mapping.Index::getName))
                .forEach(index -> rules.add(new Rule(index.isUnique() ? "unique index" : "index", index.getName(),
                        "(" + index.getSelectables().stream().map(Selectable::getText)
                                .map(c -> "\"" + c + "\"").collect(Collectors.joining(", ")) + ")")));
        rules.addAll(ExtrasTable.indexes(table.name(), extras));
        return new DocTable(table.name(), module(table.entityClass()), description(table.entityClass()),
                "entity `" + table.entityClass().getName() + "`", columns, table.keyColumns(), table.foreignKeys(),
                table.uniqueColumnSets(), List.copyOf(rules));
    }

    private static DocColumn column(ColumnModel column) {
        return new DocColumn(column.name(), column.ddlType(), column.nullable(), column.identity(), column.defaultValue());
    }

    private static String list(List<org.hibernate.mapping.Column> columns) {
        return "(" + columns.stream().map(c -> "\"" + c.getName() + "\"").collect(Collectors.joining(", ")) + ")";
    }

    private static String readerModule(String table, List<Class<?>> entityClasses) {
        Optional<Class<?>> reader = entityClasses.stream()
                .filter(c -> c.isAnnotationPresent(Synchronize.class)
                        && Arrays.asList(c.getAnnotation(Synchronize.class).value()).contains(table))
                .findFirst();
        return reader.map(DocCatalog::module).orElse("sql-extras");
    }

    private static String description(Class<?> entity) {
        Comment comment = entity.getAnnotation(Comment.class);
        return comment != null ? comment.value() : "(no description: the entity has no @Comment)";
    }

    private static String module(Class<?> entity) {
        String packageName = entity.getPackageName();
        return packageName.substring(packageName.lastIndexOf('.') + 1);
    }
}
