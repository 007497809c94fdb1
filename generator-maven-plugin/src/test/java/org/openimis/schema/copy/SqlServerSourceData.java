package org.openimis.schema.copy;

import org.openimis.schema.ddl.SqlServerScriptStatements;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/**
 * A source in SQL Server's own types: the tables of openimis-sqlserver.sql and a few rows written as the legacy
 * application wrote them (upper-case UUID strings, zone-less datetime, bit).
 */
final class SqlServerSourceData {

    static final Set<String> TABLES = Set.of("tblLegalForms", "tblLocations", "tblHF", "tblEmailSettings");

    private static final List<String> ROWS = List.of(
            "insert into [tblLegalForms] ([LegalFormCode], [LegalForms], [SortOrder]) values ('G', 'Government', 1)",
            "insert into [tblLocations] ([LocationUUID], [LocationCode], [LocationName], [LocationType], [ValidityFrom], "
                    + "[AuditUserId]) values ('A2BD0A25-54C6-4CBB-9CFA-A7C43EC6B5C1', 'R1', 'Région Nord', 'R', "
                    + "'2024-03-31 23:30:00', 1)",
            "insert into [tblLocations] ([LocationUUID], [LocationCode], [LocationName], [LocationType], [ParentLocationId], "
                    + "[ValidityFrom], [AuditUserId]) values ('0E7D1B7C-9F4E-4B7A-8C1D-2E3F4A5B6C7D', 'D1', 'Ngʼombe', 'D', 1, "
                    + "'2024-01-01 08:00:00', 1)",
            "insert into [tblHF] ([HfUUID], [HFCode], [HFName], [LegalForm], [HFLevel], [LocationId], [HFCareType], "
                    + "[OffLine], [ValidityFrom], [AuditUserID]) values ('5F2C7A10-3B4D-4E5F-8A9B-0C1D2E3F4A5B', 'HF001', "
                    + "'Hôpital', 'G', 'H', 2, 'B', 0, '2024-02-29 12:00:00', 1)",
            "insert into [tblEmailSettings] ([EmailId], [EmailPassword], [SMTPHost], [Port], [EnableSSL]) "
                    + "values ('imis@example.org', 'not-a-real-password', 'smtp.example.org', 587, 1)");

    private SqlServerSourceData() {
    }

    /** Creates the tables (with H2's one rewrite where the source is H2) and inserts the rows. */
    static void load(Connection connection, boolean h2) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : SqlServerScriptStatements.all()) {
                statement.execute(h2 ? SqlServerScriptStatements.forH2(sql) : sql);
            }
            for (String sql : ROWS) {
                statement.execute(sql);
            }
        }
    }
}
