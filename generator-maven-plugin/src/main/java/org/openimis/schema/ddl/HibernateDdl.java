package org.openimis.schema.ddl;

import java.util.List;

/** The DDL Hibernate generates for the entities, in the order the committed script shows it; each table with its comment statement, if any. */
public record HibernateDdl(List<String> tables, List<String> constraints, List<String> indexes) {
}
