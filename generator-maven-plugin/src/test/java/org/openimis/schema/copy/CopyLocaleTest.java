package org.openimis.schema.copy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.jdbc.CopyLine;
import org.openimis.schema.log.ToolLog;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The copier under default locales whose digits are not ASCII (Nepali, Arabic, Thai digits): everything written to
 * PostgreSQL is locale-independent, so sub-second times, numbers and text arrive exactly.
 */
class CopyLocaleTest {

    private static final String FRACTIONS = """
            UPDATE "tblLocations" SET "ValidityFrom" = "ValidityFrom" + interval '0.123456 second' * "LocationId";
            INSERT INTO "tblOfficer" ("OfficerID", "OfficerUUID", "Code", "LastName", "OtherNames", "ValidityFrom", "AuditUserID")
            VALUES (1, 'c0000000-0000-0000-0000-000000000001', 'OF1', 'Tamang', 'Sita', '2024-02-29 23:59:59.999999+00', 1);
            """;

    @ParameterizedTest
    @ValueSource(strings = {"ne-NP", "ar-EG", "th-TH-u-nu-thai"})
    void copiesExactlyUnderALocaleWithOtherDigits(String tag) throws Exception {
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag(tag));
        try {
            assertEquals(tag, Locale.getDefault().toLanguageTag());
            CopyLine line = new CopyLine().appendTimestamp(LocalDateTime.of(2024, 2, 29, 23, 59, 59, 120_000_000))
                    .append('|').append(-1234567890L).append('|')
                    .appendTimestampTz(OffsetDateTime.of(2024, 3, 31, 1, 30, 0, 5_000, ZoneOffset.ofHours(2)));
            assertEquals("2024-02-29 23:59:59.12|-1234567890|2024-03-30 23:30:00.000005+00", line.toString());

            CopyDatabases db = CopyDatabases.withSourceData("locale_" + tag.substring(0, 2), CopyOptionsTest.FIXTURE + FRACTIONS);
            List<String> log = new ArrayList<>();
            CopyReport report = new DataCopier(ToolLog.lines(log::add)).copy(OpenImisEntities.all(), db.sourceSettings(),
                    null, db.targetSettings(), CopyOptions.defaults());

            assertEquals("committed", report.status(), log::toString);
            assertEquals(CopyDatabases.contentDigests(db.source), CopyDatabases.contentDigests(db.target));
        } finally {
            Locale.setDefault(previous);
        }
    }
}
