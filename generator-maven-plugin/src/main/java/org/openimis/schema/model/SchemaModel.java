package org.openimis.schema.model;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;

import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.mapping.Constraint;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;
import org.openimis.schema.ddl.DdlTarget;
import org.openimis.schema.ddl.EntityMetadata;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables the entities map, read from Hibernate's mapping model (read-only {@code @Subselect} entities are left
 * out), in an order where parents come before children as far as the foreign keys allow.
 */
public record SchemaModel(List<TableModel> tables) {

    private static final Pattern CHARACTER_LENGTH = Pattern.compile("(?:varchar|char)\\((\\d+)\\)");

    /** The model of the given entity classes. */
    public static SchemaModel of(List<Class<?>> entityClasses) {
        try (EntityMetadata entities = EntityMetadata.build(entityClasses, DdlTarget.POSTGRESQL)) {
            MetadataImplementor metadata = entities.metadata();
            List<TableModel> tables = new ArrayList<>();
            for (PersistentClass entity : metadata.getEntityBindings()) {
                Table table = entity.getTable();
                if (table.isPhysicalTable()) {
                    tables.add(table(entity, table, metadata));
                }
            }
            return new SchemaModel(parentsFirst(tables));
        }
    }

    public TableModel table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No entity maps a table named '" + name + "'"));
    }

    public List<ForeignKeyModel> foreignKeys() {
        return tables.stream().flatMap(t -> t.foreignKeys().stream()).toList();
    }

    private static TableModel table(PersistentClass entity, Table table, MetadataImplementor metadata) {
        Set<String> identity = identityColumns(entity.getMappedClass());
        List<ColumnModel> columns = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            String ddlType = column.getSqlType(metadata);
            Matcher length = CHARACTER_LENGTH.matcher(ddlType);
            columns.add(new ColumnModel(column.getName(), column.getSqlTypeCode(metadata), ddlType,
                    length.matches() ? Long.valueOf(length.group(1)) : null, column.getPrecision(), column.getScale(),
                    column.isNullable(), identity.contains(column.getName()), column.getDefaultValue()));
        }
        List<ForeignKeyModel> foreignKeys = table.getForeignKeyCollection().stream()
                .map(fk -> foreignKey(table, fk))
                .sorted(Comparator.comparing(ForeignKeyModel::name))
                .toList();
        List<List<String>> uniques = table.getUniqueKeys().values().stream().map(SchemaModel::names).toList();
        return new TableModel(table.getName(), entity.getMappedClass(), List.copyOf(columns),
                names(table.getPrimaryKey()), foreignKeys, uniques);
    }

    private static ForeignKeyModel foreignKey(Table table, ForeignKey fk) {
        List<String> referenced = fk.isReferenceToPrimaryKey()
                ? names(fk.getReferencedTable().getPrimaryKey())
                : fk.getReferencedColumns().stream().map(org.hibernate.mapping.Column::getName).toList();
        return new ForeignKeyModel(fk.getName(), table.getName(), names(fk), fk.getReferencedTable().getName(), referenced);
    }

    private static List<String> names(Constraint constraint) {
        return constraint.getColumns().stream().map(org.hibernate.mapping.Column::getName).toList();
    }

    private static Set<String> identityColumns(Class<?> type) {
        Set<String> names = new HashSet<>();
        for (Field field : type.getDeclaredFields()) {
            if (field.isAnnotationPresent(GeneratedValue.class) && field.isAnnotationPresent(Column.class)) {
                names.add(field.getAnnotation(Column.class).name());
            }
        }
        return names;
    }

    /**
     * Tables ordered so that a table comes after the tables it references; where foreign keys form a cycle
     * (tblFamilies and tblInsuree reference each other) the remaining tables follow by name. Ties go by name.
     */
    private static List<TableModel> parentsFirst(List<TableModel> tables) {
        Map<String, TableModel> byName = new LinkedHashMap<>();
        tables.stream().sorted(Comparator.comparing(TableModel::name)).forEach(t -> byName.put(t.name(), t));
        Map<String, Set<String>> waitingFor = new LinkedHashMap<>();
        byName.values().forEach(t -> {
            Set<String> parents = new HashSet<>();
            t.foreignKeys().forEach(fk -> {
                if (!fk.referencedTable().equals(t.name())) {
                    parents.add(fk.referencedTable());
                }
            });
            waitingFor.put(t.name(), parents);
        });
        List<TableModel> ordered = new ArrayList<>();
        PriorityQueue<String> ready = new PriorityQueue<>();
        while (ordered.size() < byName.size()) {
            waitingFor.forEach((name, parents) -> {
                if (parents.isEmpty() && !ready.contains(name)) {
                    ready.add(name);
                }
            });
            if (ready.isEmpty()) { // a cycle: release the first waiting table by name
                ready.add(waitingFor.keySet().iterator().next());
            }
            String next = ready.poll();
            waitingFor.remove(next);
            ordered.add(byName.get(next));
            waitingFor.values().forEach(parents -> parents.remove(next));
        }
        return List.copyOf(ordered);
    }
}
