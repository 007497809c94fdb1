package org.openimis.schema.ddl;

import jakarta.persistence.Column;

import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.mapping.Table;
import org.openimis.schema.entities.NoPrimaryKey;
import org.openimis.schema.entities.OpenImisEntities;

import java.lang.reflect.Field;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hibernate's mapping model of entity classes for a database kind, built offline; close it when done. */
public final class EntityMetadata implements AutoCloseable {

    private final StandardServiceRegistry registry;
    private final MetadataImplementor metadata;
    private final Map<String, Object> settings;

    private EntityMetadata(StandardServiceRegistry registry, MetadataImplementor metadata, Map<String, Object> settings) {
        this.registry = registry;
        this.metadata = metadata;
        this.settings = settings;
    }

    /** The mapping model of the classes, columns in declaration order. */
    public static EntityMetadata build(List<Class<?>> entityClasses, DdlTarget target) {
        Map<String, Object> settings = new HashMap<>(OpenImisEntities.hibernateSettings());
        settings.putAll(target.settings());
        settings.put(AvailableSettings.DIALECT, target.dialect().getName());
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put(AvailableSettings.COLUMN_ORDERING_STRATEGY, DeclarationOrderColumnOrderingStrategy.class.getName());
        settings.put(AvailableSettings.FORMAT_SQL, "true");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entityClasses.forEach(sources::addAnnotatedClass);
            MetadataImplementor metadata = (MetadataImplementor) sources.buildMetadata();
            metadata.orderColumns(true);
            metadata.getEntityBindings().stream()
                    .filter(entity -> entity.getMappedClass().isAnnotationPresent(NoPrimaryKey.class))
                    .forEach(entity -> restoreDeclaredNullability(entity.getMappedClass(), entity.getTable()));
            return new EntityMetadata(registry, metadata, settings);
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    /** Hibernate makes id columns NOT NULL; a table without primary key has them as nullable as {@code @Column} says. */
    private static void restoreDeclaredNullability(Class<?> type, Table table) {
        for (Field field : type.getDeclaredFields()) {
            Column column = field.getAnnotation(Column.class);
            if (column != null && column.nullable()) {
                table.getColumn(Identifier.toIdentifier(column.name(), true)).setNullable(true);
            }
        }
    }

    public MetadataImplementor metadata() {
        return metadata;
    }

    StandardServiceRegistry registry() {
        return registry;
    }

    Map<String, Object> settings() {
        return settings;
    }

    @Override
    public void close() {
        StandardServiceRegistryBuilder.destroy(registry);
    }
}
