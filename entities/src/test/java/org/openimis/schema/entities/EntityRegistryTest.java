package org.openimis.schema.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.mapping.PersistentClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry (EntityModule, OpenImisEntities) lists every entity once, in its module, as the README describes. */
class EntityRegistryTest {

    /** The openIMIS tables the entities map (README: "all 84 openIMIS tables"). */
    private static final int TABLES = 84;

    @ParameterizedTest(name = "{0}")
    @EnumSource(EntityModule.class)
    void everyClassOfAModuleIsAnEntityOfItsPackage(EntityModule module) {
        assertFalse(module.entityClasses().isEmpty(), module + " lists no class");
        String modulePackage = EntityModule.class.getPackageName() + "." + module.name().toLowerCase(Locale.ROOT);
        for (Class<?> type : module.entityClasses()) {
            assertTrue(type.isAnnotationPresent(Entity.class), type.getName() + " is not an @Entity");
            assertEquals(modulePackage, type.getPackageName(), type.getSimpleName() + " of " + module);
        }
    }

    @Test
    void noClassIsListedTwice() {
        Map<Class<?>, List<EntityModule>> modulesOfClass = new LinkedHashMap<>();
        for (EntityModule module : EntityModule.values()) {
            module.entityClasses().forEach(type -> modulesOfClass.computeIfAbsent(type, t -> new ArrayList<>()).add(module));
        }
        Map<Class<?>, List<EntityModule>> listedTwice = modulesOfClass.entrySet().stream()
                .filter(entry -> entry.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Map.of(), listedTwice);
    }

    @Test
    void allIsTheModulesInOrder() {
        List<Class<?>> union = new ArrayList<>();
        for (EntityModule module : EntityModule.values()) {
            union.addAll(module.entityClasses());
        }
        assertEquals(union, OpenImisEntities.all());
    }

    /** One entity per table, with distinct table names, plus the read-only @Subselect ones, which have no table. */
    @Test
    void oneEntityPerTablePlusTheTwoReadOnlyOnes() {
        List<Class<?>> all = OpenImisEntities.all();
        List<Class<?>> readOnly = all.stream().filter(type -> type.isAnnotationPresent(Subselect.class)).toList();
        List<Class<?>> tables = all.stream().filter(type -> !type.isAnnotationPresent(Subselect.class)).toList();

        tables.forEach(type -> assertTrue(type.isAnnotationPresent(Table.class), type.getName() + " has no @Table"));
        Set<String> tableNames = new HashSet<>();
        tables.forEach(type -> assertTrue(tableNames.add(type.getAnnotation(Table.class).name()),
                "two entities map " + type.getAnnotation(Table.class).name()));
        assertEquals(TABLES, tableNames.size());

        assertEquals(2, readOnly.size(), "read-only entities: " + readOnly);
        readOnly.forEach(type -> {
            assertTrue(type.isAnnotationPresent(Immutable.class), type.getName() + " is @Subselect but not @Immutable");
            assertFalse(type.isAnnotationPresent(Table.class), type.getName() + " is @Subselect and has a @Table");
        });
        assertEquals(TABLES + readOnly.size(), all.size());
    }

    /** Hibernate itself, given the registry, maps the @Subselect entities as immutable and every other one as mutable. */
    @Test
    void hibernateMapsExactlyTheSubselectEntitiesReadOnly() {
        Map<String, Object> settings = new HashMap<>(OpenImisEntities.hibernateSettings());
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, "PostgreSQL"); // no connection: the dialect from the name
        settings.put(AvailableSettings.ALLOW_METADATA_ON_BOOT, "false");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            OpenImisEntities.all().forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.buildMetadata();

            assertEquals(OpenImisEntities.all().size(), metadata.getEntityBindings().size());
            for (Class<?> type : OpenImisEntities.all()) {
                PersistentClass binding = metadata.getEntityBinding(type.getName());
                boolean subselect = type.isAnnotationPresent(Subselect.class);
                assertEquals(!subselect, binding.isMutable(), type.getName() + " mutable");
                assertEquals(subselect, binding.getTable().isSubselect(), type.getName() + " over a subselect");
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
