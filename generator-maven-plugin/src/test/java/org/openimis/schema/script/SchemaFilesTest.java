package org.openimis.schema.script;

import org.junit.jupiter.api.Test;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.extras.SqlExtras;
import org.openimis.schema.testing.SqlScripts;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class SchemaFilesTest {

    private static Map<String, String> render() {
        return SchemaFiles.render(OpenImisEntities.all(), SqlExtras.fromClasspath(SchemaFilesTest.class.getClassLoader()));
    }

    /** The drift check of this repository: the committed schema files are what the entities and sql-extras generate. */
    @Test
    void committedSchemaFilesAreCurrent() {
        List<String> diffs = SchemaFiles.drift(SqlScripts.SCHEMA_DIRECTORY, render());
        if (!diffs.isEmpty()) {
            fail("The committed schema files differ from what the entities and sql-extras generate:\n"
                    + String.join("\n", diffs)
                    + "\nRegenerate them: mvn -B install -DskipTests && mvn -B openimis:generate-schema, then commit them.");
        }
    }

    @Test
    void twoRendersAreIdentical() {
        assertEquals(render(), render());
    }

    @Test
    void filesAreCleanForReview() {
        render().forEach((name, text) -> {
            assertTrue(text.endsWith(";\n") && !text.endsWith("\n\n"), name + " ends with one newline");
            assertFalse(text.contains("\n\n\n"), name + " has one blank line between statements");
            assertFalse(text.lines().anyMatch(line -> !line.equals(line.stripTrailing())), name + " has trailing blanks");
            assertFalse(text.matches("(?s).*\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}.*Generated.*|(?s).*Generated.*\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}.*"),
                    name + " holds no timestamp");
            assertFalse(text.toLowerCase().matches("(?s).*\\n(set|select pg_catalog\\.set_config) .*"), name + " holds no session settings");
        });
    }

    @Test
    void tablesComeBeforeConstraintsBeforeIndexesBeforeExtras() {
        String text = render().get(SchemaFiles.POSTGRESQL_FILE);
        int lastTable = text.lastIndexOf("\ncreate table ");
        int firstConstraint = text.indexOf("\nalter table ");
        int lastConstraint = text.lastIndexOf("\nalter table ");
        int firstIndex = text.indexOf("\ncreate index ");
        int lastIndex = text.lastIndexOf("\ncreate index ");
        int firstExtra = text.indexOf("\n-- sql-extras: ");
        assertTrue(lastTable < firstConstraint && lastConstraint < firstIndex && lastIndex < firstExtra);
    }

    @Test
    void unifiedDiffShowsChangedLinesWithContext() {
        String diff = UnifiedDiff.of("a", "one\ntwo\nthree\nfour\n", "b", "one\ntwo\n3\nfour\nfive\n");
        assertEquals("""
                --- a
                +++ b
                @@ -1,4 +1,5 @@
                 one
                 two
                -three
                +3
                 four
                +five
                """, diff);
    }
}
