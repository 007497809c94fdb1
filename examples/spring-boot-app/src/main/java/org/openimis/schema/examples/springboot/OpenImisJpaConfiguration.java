package org.openimis.schema.examples.springboot;

import org.openimis.schema.entities.OpenImisEntities;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;

import java.util.List;

/** Puts the openIMIS entities into Spring Boot's persistence unit: the registry's classes and the settings they need. */
@Configuration(proxyBeanMethods = false)
public class OpenImisJpaConfiguration {

    /** The entity classes of the registry, instead of scanning this application's packages for entities. */
    @Bean
    PersistenceManagedTypes openImisEntityClasses() {
        return PersistenceManagedTypes.of(OpenImisEntities.all().stream().map(Class::getName).toList(), List.of());
    }

    /** Global identifier quoting and names as written; it runs after, so it wins over, Spring Boot's naming strategy. */
    @Bean
    HibernatePropertiesCustomizer openImisHibernateSettings() {
        return properties -> properties.putAll(OpenImisEntities.hibernateSettings());
    }
}
