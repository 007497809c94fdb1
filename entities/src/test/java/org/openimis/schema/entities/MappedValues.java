package org.openimis.schema.entities;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PersistenceUnitUtil;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** The column values of an entity, by column name, in a form that compares with equals. */
final class MappedValues {

    private MappedValues() {
    }

    /**
     * Every {@code @Column} field's value and, for a {@code @JoinColumn}, the referenced entity's id; date-times as
     * instants (a timestamptz keeps the instant, not the offset), byte arrays as hex; BigDecimal as is (scale included).
     */
    static Map<String, Object> of(Object entity, PersistenceUnitUtil util) {
        Map<String, Object> values = new TreeMap<>();
        for (Class<?> type = entity.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                Column column = field.getAnnotation(Column.class);
                JoinColumn joinColumn = field.getAnnotation(JoinColumn.class);
                if (column != null) {
                    values.put(column.name(), comparable(read(field, entity)));
                } else if (joinColumn != null) {
                    Object parent = read(field, entity);
                    values.put(joinColumn.name(), parent == null ? null : util.getIdentifier(parent));
                }
            }
        }
        return values;
    }

    private static Object comparable(Object value) {
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (value instanceof byte[] bytes) {
            return "0x" + HexFormat.of().formatHex(bytes);
        }
        return value;
    }

    private static Object read(Field field, Object entity) {
        try {
            field.setAccessible(true);
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
