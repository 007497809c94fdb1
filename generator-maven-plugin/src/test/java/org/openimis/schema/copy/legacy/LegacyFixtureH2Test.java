package org.openimis.schema.copy.legacy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openimis.schema.model.SchemaModel;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The legacy fixture loaded into H2 (MODE=MSSQLServer) through {@link LegacyDatabase#loadIntoH2}: all tables there,
 * the differences from the target visible in JDBC metadata, every planted anomaly in the data. H2 is not SQL Server;
 * {@link LegacyFixtureSqlServerTest} loads the same scripts unchanged into a real one where Docker is available.
 */
class LegacyFixtureH2Test {

    static final String URL = "jdbc:h2:mem:legacy_fixture;MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;DB_CLOSE_DELAY=-1";

    private static Connection connection;
    private static Map<String, Map<String, LegacyFixtureChecks.SourceColumn>> columns;
    private static SchemaModel target;

    @BeforeAll
    static void load() throws SQLException {
        connection = DriverManager.getConnection(URL);
        LegacyDatabase.loadIntoH2(connection);
        columns = LegacyFixtureChecks.columns(connection);
        target = LegacyFixtureChecks.target();
    }

    @Test
    void hasThe65LegacyTablesAndAModuleTable() {
        LegacyFixtureChecks.assertTables(columns, target);
    }

    @Test
    void differsFromTheTargetWhereIssue9Says() {
        LegacyFixtureChecks.assertDifferencesFromTarget(columns, target);
    }

    @Test
    void holdsEveryPlantedAnomaly() throws SQLException {
        LegacyFixtureChecks.assertAnomaliesPresent(connection);
    }

    @Test
    void marksRowVersionColumnsByTheirRemarks() {
        Set<String> remarked = LegacyFixtureChecks.columnsWhere(columns,
                c -> LegacyDatabase.H2_ROWVERSION_REMARK.equals(c.remarks()));
        assertEquals(26, remarked.size());
        assertEquals(LegacyFixtureChecks.rowVersionColumns(), remarked);
        assertEquals(remarked, LegacyFixtureChecks.columnsWhere(columns,
                c -> c.jdbcType() == Types.BINARY && c.typeName().equals("BINARY")));
    }

    @Test
    void keepsTheCheckedForeignKeysAndDropsTheTwoSqlServerDoesNotCheck() throws SQLException {
        Set<String> foreignKeys = new TreeSet<>();
        for (String table : LegacyDatabase.tableNames()) {
            try (ResultSet keys = connection.getMetaData().getImportedKeys(null, LegacyDatabase.SCHEMA, table)) {
                while (keys.next()) {
                    foreignKeys.add(keys.getString("FKTABLE_NAME") + "." + keys.getString("FKCOLUMN_NAME"));
                }
            }
        }
        assertEquals(84, foreignKeys.size(), foreignKeys::toString);
        assertEquals(Set.of(), intersection(foreignKeys, Set.of("tblClaim.FeedbackID", "tblFamilies.InsureeID")));
        assertEquals(Set.of("tblOfficer.OfficerIDSubst"), intersection(foreignKeys, Set.of("tblOfficer.OfficerIDSubst")));
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.retainAll(b);
        return result;
    }
}
