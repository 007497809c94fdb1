package org.openimis.schema.copy;

import org.junit.jupiter.api.Test;
import org.openimis.schema.entities.OpenImisEntities;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PostgreSQL to PostgreSQL: after a copy every table holds exactly what the source holds. */
class CopyRoundTripTest {

    @Test
    void everyTableIsEqualAfterTheCopy() throws Exception {
        CopyDatabases databases = CopyDatabases.withSourceData("roundtrip", CopyDatabases.caseFixture("reports"));
        List<String> log = new ArrayList<>();

        CopyReport report = new DataCopier(log::add).copy(OpenImisEntities.all(), databases.sourceSettings(), null,
                databases.targetSettings(), CopyOptions.defaults());

        assertEquals("committed", report.status());
        assertEquals(CopyDatabases.contentDigests(databases.source), CopyDatabases.contentDigests(databases.target));
        assertTrue(report.rowsWritten() > 50, "the fixture's rows were copied: " + report.rowsWritten());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("tblInsuree: ") && l.contains("copied and verified")), log::toString);
    }
}
