package org.openimis.schema.entities;

import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;
import org.openimis.schema.ddl.OpenImisPostgreSQLDialect;
import org.openimis.schema.testing.EntitySessions;
import org.openimis.schema.testing.SqlScripts;
import org.openimis.schema.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hibernate's schema validation ({@code hbm2ddl.auto=validate}, dialect OpenImisPostgreSQLDialect) accepts the
 * committed PostgreSQL schema for every entity: each table and column exists with a type Hibernate accepts.
 */
class HibernateValidationTest {

    private static final Map<String, Object> VALIDATE = Map.of(AvailableSettings.HBM2DDL_AUTO, "validate",
            AvailableSettings.DIALECT, OpenImisPostgreSQLDialect.class.getName());

    @Test
    void committedSchemaMatchesTheEntities() throws SQLException {
        TestDatabase database = committedSchema("validation");
        // building the factory throws SchemaManagementException on a missing table or column or a wrong type
        try (SessionFactory factory = EntitySessions.open(database, VALIDATE)) {
            assertEquals(OpenImisEntities.all().size(), factory.getMetamodel().getEntities().size());
        }
    }

    /** The control: validation does look at column types, so the test above would notice a wrong one. */
    @Test
    void validationRejectsAWrongColumnType() throws SQLException {
        TestDatabase database = committedSchema("validation_control");
        try (Connection connection = database.connect()) {
            SqlScripts.run(connection, "alter table \"tblEmailSettings\" alter column \"Port\" type varchar(10)");
        }
        SchemaManagementException error = assertThrows(SchemaManagementException.class,
                () -> EntitySessions.open(database, VALIDATE).close());
        assertTrue(error.getMessage().contains("Port"), error.getMessage());
    }

    private static TestDatabase committedSchema(String prefix) throws SQLException {
        TestDatabase database = TestDatabase.create(prefix);
        try (Connection connection = database.connect()) {
            SqlScripts.run(connection, SqlScripts.committed("openimis-postgresql.sql"));
        }
        return database;
    }
}
