package org.openimis.schema.ddl;

import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.AvailableSettings;
import org.openimis.schema.entities.OpenImisEntities;

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
            return new EntityMetadata(registry, metadata, settings);
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
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
