package org.openimis.schema.entities;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose table has no primary key in openIMIS: its {@code @Id} columns identify rows for JPA only,
 * and the schema generator emits neither a primary key nor NOT NULL for them beyond what {@code @Column} says.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NoPrimaryKey {
}
