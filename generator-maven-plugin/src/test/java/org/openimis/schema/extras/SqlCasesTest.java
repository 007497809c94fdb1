package org.openimis.schema.extras;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openimis.schema.testing.SqlScripts;
import org.openimis.schema.testing.TestDatabase;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs the SQL cases of {@code src/test/resources/cases/} (see the README there): each group on a fresh database
 * built from the committed schema and loaded with the group's fixture, each case twice in one session.
 */
class SqlCasesTest {

    @TestFactory
    Stream<DynamicNode> cases() throws IOException, URISyntaxException {
        Path root = Path.of(Objects.requireNonNull(getClass().getResource("/cases")).toURI());
        try (Stream<Path> groups = Files.list(root)) {
            return groups.filter(Files::isDirectory).sorted().toList().stream()
                    .map(group -> DynamicContainer.dynamicContainer(group.getFileName().toString(), groupTests(group)));
        }
    }

    private static Stream<DynamicTest> groupTests(Path group) {
        List<Path> cases;
        try (Stream<Path> files = Files.list(group)) {
            cases = files.filter(f -> f.getFileName().toString().endsWith(".sql"))
                    .filter(f -> !f.getFileName().toString().equals("fixture.sql"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Connection[] session = new Connection[1];
        List<DynamicTest> tests = new ArrayList<>();
        for (Path caseFile : cases) {
            String name = caseFile.getFileName().toString().replaceFirst("\\.sql$", "");
            tests.add(DynamicTest.dynamicTest(name, () -> {
                if (session[0] == null) {
                    session[0] = openGroupDatabase(group);
                }
                String expected = Files.readString(caseFile.resolveSibling(name + ".out"), StandardCharsets.UTF_8).strip();
                String query = Files.readString(caseFile, StandardCharsets.UTF_8);
                assertEquals(expected, result(session[0], query), name + " (first call)");
                assertEquals(expected, result(session[0], query), name + " (second call in the same session)");
            }));
        }
        tests.add(DynamicTest.dynamicTest("close session", () -> {
            if (session[0] != null) {
                session[0].close();
            }
        }));
        return tests.stream();
    }

    private static Connection openGroupDatabase(Path group) throws SQLException, IOException {
        TestDatabase database = TestDatabase.create("cases_" + group.getFileName().toString().replace('-', '_'));
        Properties properties = new Properties();
        properties.setProperty("user", database.user());
        properties.setProperty("password", database.password());
        properties.setProperty("options", "-c TimeZone=UTC");
        properties.setProperty("preferQueryMode", "simple"); // values come back as the server prints them, as psql shows
        Connection connection = DriverManager.getConnection(database.url(), properties);
        SqlScripts.run(connection, SqlScripts.committed("openimis-postgresql.sql"));
        Path fixture = group.resolve("fixture.sql");
        if (Files.exists(fixture)) {
            SqlScripts.run(connection, Files.readString(fixture, StandardCharsets.UTF_8));
        }
        return connection;
    }

    /** The query's result as {@code psql -A -F'|' -P null=NULL -P footer=off} prints it. */
    private static String result(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> lines = new ArrayList<>();
            List<String> header = new ArrayList<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                header.add(meta.getColumnLabel(c));
            }
            lines.add(String.join("|", header));
            while (rows.next()) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    String value = rows.getString(c);
                    values.add(value == null ? "NULL" : value);
                }
                lines.add(String.join("|", values));
            }
            return String.join("\n", lines);
        }
    }
}
