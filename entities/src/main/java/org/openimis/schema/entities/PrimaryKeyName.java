package org.openimis.schema.entities;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The name of an entity table's primary key constraint where openIMIS does not use PostgreSQL's {@code <table>_pkey}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PrimaryKeyName {
    String value();
}
