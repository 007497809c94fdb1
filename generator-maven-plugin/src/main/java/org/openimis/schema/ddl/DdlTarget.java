package org.openimis.schema.ddl;

import java.util.Map;

/** A database kind the DDL is generated for: its Hibernate dialect, settings, and how it writes column defaults. */
public enum DdlTarget {
    POSTGRESQL(OpenImisPostgreSQLDialect.class, Map.of(), Map.of()),
    SQLSERVER(OpenImisSQLServerDialect.class,
            Map.of("hibernate.use_nationalized_character_data", "true"),
            Map.of("true", "1", "false", "0", "CURRENT_DATE", "cast(getdate() as date)"));

    private final Class<?> dialect;
    private final Map<String, String> settings;
    private final Map<String, String> columnDefaults;

    DdlTarget(Class<?> dialect, Map<String, String> settings, Map<String, String> columnDefaults) {
        this.dialect = dialect;
        this.settings = settings;
        this.columnDefaults = columnDefaults;
    }

    public Class<?> dialect() {
        return dialect;
    }

    public Map<String, String> settings() {
        return settings;
    }

    /** The default as this database writes it, given the PostgreSQL text of an entity's {@code @ColumnDefault}. */
    public String columnDefault(String postgresDefault) {
        return columnDefaults.getOrDefault(postgresDefault, postgresDefault);
    }
}
