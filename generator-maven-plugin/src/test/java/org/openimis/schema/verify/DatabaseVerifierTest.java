package org.openimis.schema.verify;

import org.junit.jupiter.api.Test;
import org.openimis.schema.apply.ApplyMode;
import org.openimis.schema.apply.SchemaApplier;
import org.openimis.schema.ddl.DdlTarget;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.extras.SqlExtras;
import org.openimis.schema.script.SchemaScript;
import org.openimis.schema.testing.TestDatabase;

import java.sql.Connection;

import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseVerifierTest {

    private static final SchemaScript SCRIPT = SchemaScript.of(OpenImisEntities.all(),
            SqlExtras.fromClasspath(DatabaseVerifierTest.class.getClassLoader()), DdlTarget.POSTGRESQL);

    @Test
    void aDatabaseBuiltByApplyVerifiesClean() throws Exception {
        try (Connection connection = TestDatabase.create("verify_clean").connect()) {
            new SchemaApplier(s -> { }).apply(connection, SCRIPT, ApplyMode.CREATE);
            VerifyReport report = new DatabaseVerifier(System.out::println).verify(connection, SCRIPT, "public", IgnorePatterns.of(null));
            System.out.println(report.text());
            System.out.println(report.summary());
            assertTrue(report.clean());
        }
    }
}
