package org.openimis.schema.entities;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** All openIMIS entity classes, module by module: add them to a persistence unit or a Hibernate MetadataSources. */
public final class OpenImisEntities {

    private OpenImisEntities() {
    }

    /** Every entity class of every module (86: one per table, plus the read-only UserGroup and ClaimAttachmentCount). */
    public static List<Class<?>> all() {
        return Arrays.stream(EntityModule.values()).flatMap(m -> m.entityClasses().stream()).toList();
    }

    /**
     * The Hibernate settings the entities need: every legacy table and column is a quoted mixed-case identifier
     * ({@code "tblInsuree"."InsureeID"}), so identifiers are quoted globally rather than in each annotation, and
     * the names are taken as written: Hibernate's standard physical naming strategy, which frameworks replace
     * (Spring Boot's default turns {@code tblInsuree} into {@code tbl_insuree}).
     */
    public static Map<String, Object> hibernateSettings() {
        return Map.of(
                "hibernate.globally_quoted_identifiers", "true",
                "hibernate.globally_quoted_identifiers_skip_column_definitions", "true",
                "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl");
    }
}
