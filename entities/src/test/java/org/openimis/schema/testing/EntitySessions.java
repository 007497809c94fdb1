package org.openimis.schema.testing;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.openimis.schema.entities.OpenImisEntities;

import java.util.HashMap;
import java.util.Map;

/** A Hibernate SessionFactory over all openIMIS entities, connected to a test database. */
public final class EntitySessions {

    private EntitySessions() {
    }

    /**
     * Builds the factory with the entities' own settings and the given extra settings. Hibernate picks its PostgreSQL
     * dialect from the connection, as it does for an application using the entities; another dialect goes in
     * {@code extraSettings} under {@code hibernate.dialect}.
     */
    public static SessionFactory open(TestDatabase database, Map<String, Object> extraSettings) {
        Map<String, Object> settings = new HashMap<>(OpenImisEntities.hibernateSettings());
        settings.put(AvailableSettings.JAKARTA_JDBC_URL, database.url());
        settings.put(AvailableSettings.JAKARTA_JDBC_USER, database.user());
        settings.put(AvailableSettings.JAKARTA_JDBC_PASSWORD, database.password());
        settings.put(AvailableSettings.JDBC_TIME_ZONE, "UTC");
        settings.putAll(extraSettings);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            OpenImisEntities.all().forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }
}
