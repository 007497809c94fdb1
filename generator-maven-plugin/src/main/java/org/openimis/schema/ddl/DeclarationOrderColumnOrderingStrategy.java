package org.openimis.schema.ddl;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.ColumnOrderingStrategy;
import org.hibernate.mapping.Constraint;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UserDefinedObjectType;
import org.hibernate.dialect.temptable.TemporaryTableColumn;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders a table's columns as the entity declares its fields (its own first, then those of its superclasses),
 * so that the DDL reads like the entity; Hibernate's default orders them by size, its legacy mode by field name.
 */
public class DeclarationOrderColumnOrderingStrategy implements ColumnOrderingStrategy {

    @Override
    public List<org.hibernate.mapping.Column> orderTableColumns(Table table, Metadata metadata) {
        List<String> declared = metadata.getEntityBindings().stream()
                .filter(entity -> entity.getTable() == table)
                .findFirst()
                .map(PersistentClass::getMappedClass)
                .map(DeclarationOrderColumnOrderingStrategy::declaredColumnNames)
                .orElse(List.of());
        List<org.hibernate.mapping.Column> columns = new ArrayList<>(table.getColumns());
        columns.sort(Comparator
                .comparingInt((org.hibernate.mapping.Column column) -> position(declared, column.getName()))
                .thenComparing(org.hibernate.mapping.Column::getName));
        return columns;
    }

    @Override
    public List<org.hibernate.mapping.Column> orderConstraintColumns(Constraint constraint, Metadata metadata) {
        return null; // keep the order the annotation gives
    }

    @Override
    public List<org.hibernate.mapping.Column> orderUserDefinedTypeColumns(UserDefinedObjectType type, Metadata metadata) {
        return null;
    }

    @Override
    public void orderTemporaryTableColumns(List<TemporaryTableColumn> columns, Metadata metadata) {
    }

    static List<String> declaredColumnNames(Class<?> entityClass) {
        List<String> names = new ArrayList<>();
        for (Class<?> type = entityClass; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                Column column = field.getAnnotation(Column.class);
                JoinColumn joinColumn = field.getAnnotation(JoinColumn.class);
                if (column != null) {
                    names.add(column.name());
                } else if (joinColumn != null) {
                    names.add(joinColumn.name());
                }
            }
        }
        return names;
    }

    private static int position(List<String> declared, String columnName) {
        int index = declared.indexOf(columnName);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
