package org.openimis.schema.model;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;

import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.mapping.Constraint;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.ManyToOne;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Table;
import org.openimis.schema.ddl.DdlTarget;
import org.openimis.schema.ddl.EntityMetadata;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables the entities map, read from Hibernate's mapping model, in an order where parents come before children as
 * far as the foreign keys allow. Read-only {@code @Subselect} entities are left out of {@link #tables()}; the one table
 * such an entity reads when no entity maps it (core_User_groups, created by sql-extras) is in {@link #readOnlyTables()}.
 */
public record SchemaModel(List<TableModel> tables, List<TableModel> readOnlyTables) {

    private static final Pattern CHARACTER_LENGTH = Pattern.compile("(?:varchar|char)\\((\\d+)\\)");

    /** The model of the given entity classes. */
    public static SchemaModel of(List<Class<?>> entityClasses) {
        try (EntityMetadata entities = EntityMetadata.build(entityClasses, DdlTarget.POSTGRESQL)) {
            MetadataImplementor metadata = entities.metadata();
            List<TableModel> tables = new ArrayList<>();
            List<PersistentClass> readOnly = new ArrayList<>();
            for (PersistentClass entity : metadata.getEntityBindings()) {
                Table table = entity.getTable();
                if (table.isPhysicalTable()) {
                    tables.add(table(entity, table, metadata));
                } else {
                    readOnly.add(entity);
                }
            }
            Set<String> mapped = tables.stream().map(TableModel::name).collect(Collectors.toSet());
            List<TableModel> readOnlyTables = readOnly.stream()
                    .filter(entity -> entity.getSynchronizedTables().size() == 1
                            && !mapped.contains(synchronizedTable(entity)))
                    .map(entity -> readOnlyTable(entity, metadata))
                    .sorted(Comparator.comparing(TableModel::name))
                    .toList();
            return new SchemaModel(parentsFirst(tables), readOnlyTables);
        }
    }

    private static List<ColumnModel> columns(PersistentClass entity, Table table, MetadataImplementor metadata) {
        Set<String> identity = identityColumns(entity.getMappedClass());
        List<ColumnModel> columns = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            String ddlType = column.getSqlType(metadata);
            Matcher length = CHARACTER_LENGTH.matcher(ddlType);
            columns.add(new ColumnModel(column.getName(), column.getSqlTypeCode(metadata), ddlType,
                    length.matches() ? Long.valueOf(length.group(1)) : null, column.getPrecision(), column.getScale(),
                    column.isNullable(), identity.contains(column.getName()), column.getDefaultValue()));
        }
        return List.copyOf(columns);
    }

    /** The one table a read-only entity names in {@code @Synchronize}, without the quotes global quoting adds. */
    private static String synchronizedTable(PersistentClass entity) {
        String name = entity.getSynchronizedTables().iterator().next();
        return name.startsWith("\"") ? name.substring(1, name.length() - 1) : name;
    }

    /** The table a read-only entity reads, its columns and foreign keys as the entity maps them. */
    private static TableModel readOnlyTable(PersistentClass entity, MetadataImplementor metadata) {
        String name = synchronizedTable(entity);
        List<ColumnModel> columns = columns(entity, entity.getTable(), metadata);
        List<ForeignKeyModel> foreignKeys = new ArrayList<>();
        for (Property property : entity.getPropertyClosure()) {
            if (property.getValue() instanceof ManyToOne reference) {
                Table parent = metadata.getEntityBinding(reference.getReferencedEntityName()).getTable();
                List<String> childColumns = reference.getColumns().stream().map(org.hibernate.mapping.Column::getName).toList();
                foreignKeys.add(new ForeignKeyModel(name + "_" + String.join("_", childColumns) + "_fkey", name,
                        childColumns, parent.getName(), names(parent.getPrimaryKey())));
            }
        }
        List<String> keys = entity.getIdentifier().getColumns().stream().map(org.hibernate.mapping.Column::getName).toList();
        return new TableModel(name, entity.getMappedClass(), columns, keys, List.copyOf(foreignKeys), List.of());
    }

    public TableModel table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No entity maps a table named '" + name + "'"));
    }

    public List<ForeignKeyModel> foreignKeys() {
        return tables.stream().flatMap(t -> t.foreignKeys().stream()).toList();
    }

    private static TableModel table(PersistentClass entity, Table table, MetadataImplementor metadata) {
        List<ColumnModel> columns = columns(entity, table, metadata);
        List<ForeignKeyModel> foreignKeys = table.getForeignKeyCollection().stream()
                .map(fk -> foreignKey(table, fk))
                .sorted(Comparator.comparing(ForeignKeyModel::name))
                .toList();
        List<List<String>> uniques = table.getUniqueKeys().values().stream().map(SchemaModel::names).toList();
        return new TableModel(table.getName(), entity.getMappedClass(), columns, names(table.getPrimaryKey()),
                foreignKeys, uniques);
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
     * Tables ordered so that a table comes after the tables it references. Tables that reference each other through a
     * cycle of foreign keys (tblFamilies and tblInsuree; tblClaim and tblFeedback) come together, by name, after the
     * parents of the whole cycle. Among tables ready at the same time, by name.
     */
    private static List<TableModel> parentsFirst(List<TableModel> tables) {
        Map<String, TableModel> byName = new TreeMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        Map<String, Set<String>> parents = new TreeMap<>();
        byName.values().forEach(t -> parents.put(t.name(), t.foreignKeys().stream()
                .map(ForeignKeyModel::referencedTable)
                .filter(parent -> !parent.equals(t.name()))
                .collect(Collectors.toCollection(TreeSet::new))));
        // tables in a cycle of foreign keys form one group; groups are released parents first, ties by first name
        Map<String, Set<String>> groupOf = new HashMap<>();
        new CycleFinder(parents).groups().forEach(group -> group.forEach(name -> groupOf.put(name, group)));
        Map<Set<String>, Set<Set<String>>> waitingFor = new HashMap<>();
        groupOf.values().forEach(group -> waitingFor.computeIfAbsent(group, g -> new HashSet<>()));
        parents.forEach((child, childParents) -> childParents.forEach(parent -> {
            if (groupOf.get(parent) != groupOf.get(child)) {
                waitingFor.get(groupOf.get(child)).add(groupOf.get(parent));
            }
        }));
        PriorityQueue<Set<String>> ready = new PriorityQueue<>(Comparator.comparing((Set<String> g) -> g.iterator().next()));
        waitingFor.forEach((group, waiting) -> {
            if (waiting.isEmpty()) {
                ready.add(group);
            }
        });
        List<TableModel> ordered = new ArrayList<>();
        while (!ready.isEmpty()) {
            Set<String> group = ready.poll();
            group.forEach(name -> ordered.add(byName.get(name)));
            waitingFor.forEach((other, waiting) -> {
                if (waiting.remove(group) && waiting.isEmpty()) {
                    ready.add(other);
                }
            });
        }
        return List.copyOf(ordered);
    }

    /** Tarjan's strongly connected components of the parent graph: the groups of tables that reference each other. */
    private static final class CycleFinder {
        private final Map<String, Set<String>> parents;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> lowLink = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new HashSet<>();
        private final List<Set<String>> components = new ArrayList<>();

        CycleFinder(Map<String, Set<String>> parents) {
            this.parents = parents;
        }

        List<Set<String>> groups() {
            parents.keySet().forEach(name -> {
                if (!index.containsKey(name)) {
                    visit(name);
                }
            });
            return components;
        }

        private void visit(String name) {
            index.put(name, index.size());
            lowLink.put(name, index.get(name));
            stack.push(name);
            onStack.add(name);
            for (String parent : parents.getOrDefault(name, Set.of())) {
                if (!index.containsKey(parent)) {
                    visit(parent);
                    lowLink.put(name, Math.min(lowLink.get(name), lowLink.get(parent)));
                } else if (onStack.contains(parent)) {
                    lowLink.put(name, Math.min(lowLink.get(name), index.get(parent)));
                }
            }
            if (lowLink.get(name).equals(index.get(name))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(name));
                components.add(component);
            }
        }
    }
}
