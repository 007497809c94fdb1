package org.openimis.schema.docs;

import org.openimis.schema.extras.SqlKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openimis.schema.entities.EntityModule;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.extras.SqlExtras;
import org.openimis.schema.extras.SqlObject;
import org.openimis.schema.script.SchemaFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schema documentation against the complete schema as the committed PostgreSQL script creates it (entity tables
 * and sql-extras tables): every table has its page, every foreign key is on the pages of both its tables.
 */
class SchemaDocsTest {

    private static final Path DOCS = Path.of("..", "docs", "schema").toAbsolutePath().normalize();
    private static final Path SCRIPT = Path.of("..", "schema", SchemaFiles.POSTGRESQL_FILE);
    private static final Pattern TABLE = Pattern.compile("(?im)^(?:create|alter) table (?:if exists )?\"([^\"]+)\"");
    private static final Pattern FOREIGN_KEY = Pattern.compile(
            "(?is)constraint \"([^\"]+)\"\\s+foreign key \\(\"([^\"]+)\"\\)\\s+references \"([^\"]+)\"");

    private static Map<String, String> docs;
    private static String script;

    @BeforeAll
    static void render() throws Exception {
        docs = SchemaDocs.render(OpenImisEntities.all(), SqlExtras.fromClasspath(SchemaDocsTest.class.getClassLoader()));
        script = Files.readString(SCRIPT);
    }

    @Test
    void everyTableOfTheSchemaHasItsPageWithItsColumns() {
        Map<String, List<String>> tables = createdTables();
        assertEquals(85, tables.size(), "tables the PostgreSQL script creates");
        assertTrue(tables.containsKey("core_User_groups"));
        tables.forEach((table, columns) -> {
            String page = docs.get("tables/" + table + ".md");
            assertTrue(page != null && page.startsWith("# " + table + "\n"), table + " has its page");
            columns.forEach(column -> assertTrue(page.contains("\n| " + column + " | "), table + "." + column));
            String module = page.substring(page.indexOf("Module [") + 8, page.indexOf("](../"));
            assertTrue(docs.get(module + ".md").contains("[" + table + "](tables/" + table + ".md)"),
                    table + " is linked from its module page");
            assertTrue(docs.get("README.md").contains("[" + table + "](tables/" + table + ".md)"),
                    table + " is linked from the overview");
        });
        assertEquals(1 + EntityModule.values().length + 85, docs.size(), "overview, module pages, table pages");
    }

    @Test
    void everyForeignKeyIsOnThePagesOfBothItsTables() {
        int count = 0;
        Matcher fk = FOREIGN_KEY.matcher(script);
        while (fk.find()) {
            String child = tableBefore(fk.start());
            String line = "\n    " + fk.group(3) + " [|][|o]--[o|][|{] " + child + " : " + fk.group(2) + "\n";
            for (String table : List.of(child, fk.group(3))) {
                String page = docs.get("tables/" + table + ".md");
                assertTrue(page.contains(" " + fk.group(1) + " |"), fk.group(1) + " is listed on the page of " + table);
                assertTrue(Pattern.compile(line).matcher(page).find(), fk.group(1) + " is drawn on the page of " + table);
            }
            count++;
        }
        assertEquals(105, count, "foreign keys of the PostgreSQL script (103 of entities, 2 of core_User_groups)");
    }

    @Test
    void aColumnUniqueOnlyWithOthersIsNotMarkedUniqueOnItsOwn() {
        String page = docs.get("tables/core_User_user_permissions.md");
        assertTrue(page.contains("\n        uuid user_id FK \"unique with permission_id\"\n"), page);
        assertTrue(page.contains(".id, unique with permission_id |"));
        assertTrue(docs.get("tables/auth_group.md").contains(" name UK\n"), "a single-column unique key stays UK");
        assertFalse(docs.values().stream().anyMatch(p -> p.contains("content_type_id FK, UK")));
    }

    @Test
    void tablesOfOtherModulesAreNamedStubs() {
        String policy = docs.get("policy.md");
        assertTrue(policy.contains("\n    tblPolicy__tblFamilies[\"tblFamilies (insuree)\"]\n"), policy);
        assertTrue(policy.contains("[tblFamilies](tables/tblFamilies.md) ([insuree](insuree.md))"));
        docs.forEach((file, page) -> MermaidSyntax.blocks(page).stream().filter(b -> b.startsWith("erDiagram"))
                .forEach(block -> block.lines()
                .filter(l -> l.matches(" {4}\\S+\\[\".*\"]")).forEach(stub -> assertTrue(
                        stub.matches(" {4}\\S+\\[\"\\S+ \\([a-z-]+\\)\"]"), file + ": " + stub))));
    }

    @Test
    void modulesWithoutForeignKeysListTheirTablesInsteadOfDrawingThem() {
        for (String module : List.of("medical", "payment", "report", "tools")) {
            String page = docs.get(module + ".md");
            assertTrue(MermaidSyntax.blocks(page).isEmpty(), module);
            assertTrue(page.contains("No table of this module has a foreign key"), module);
        }
        assertTrue(docs.get("medical.md").contains("[tblICDCodes](tables/tblICDCodes.md)"));
    }

    @Test
    void theOverviewLeavesOutModulesThatNoForeignKeyLinks() {
        String overview = docs.get("README.md");
        String diagram = MermaidSyntax.blocks(overview).get(0);
        for (String module : List.of("payment", "report", "tools")) {
            assertFalse(diagram.contains(module), module);
        }
        assertTrue(overview.contains("Modules without foreign keys to or from other modules: [payment](payment.md), "
                + "[report](report.md), [tools](tools.md)."));
        assertTrue(diagram.contains("    claim --> medical\n"));
    }

    @Test
    void theSqlExtrasTableIsDocumentedFromItsCreateTable() {
        String page = docs.get("tables/core_User_groups.md");
        assertTrue(page.contains("Module [core](../core.md)"), "the module of its read-only entity UserGroup");
        assertTrue(page.contains("sql-extras `tables/core_User_groups.sql`"));
        assertTrue(page.contains("Django's many-to-many join table"), "the file's comment is its description");
        assertTrue(page.contains("| id | integer (identity) | not null |  | PK |"), page);
        assertTrue(page.contains("| core_User_groups_user_id_idx | index | (\"user_id\"), sql-extras"));
        assertTrue(docs.get("tables/auth_group.md").contains("| auth_group_name_a6ea08ec_like | index | "
                + "(\"name\" varchar_pattern_ops), sql-extras `indexes/auth_group_name_a6ea08ec_like.sql` |"));
    }

    @Test
    void anSqlExtrasTableThatCannotBeReadIsNamed() {
        SqlObject table = new SqlObject("t_odd", SqlKind.TABLES,
                "CREATE TABLE \"t_odd\" (\n    \"id\" integer NOT NULL,\n    EXCLUDE USING gist (\"id\" WITH =)\n);", List.of(),
                SqlExtras.BUNDLED);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExtrasTable.read(table, "core", List.of(table)));
        assertTrue(e.getMessage().contains("tables/t_odd.sql") && e.getMessage().contains("EXCLUDE USING gist"),
                e.getMessage());
    }

    @Test
    void everyMermaidBlockIsWellFormed() {
        List<String> faults = new ArrayList<>();
        docs.forEach((file, text) -> MermaidSyntax.blocks(text)
                .forEach(block -> MermaidSyntax.faults(block).forEach(f -> faults.add(file + ": " + f))));
        assertTrue(faults.isEmpty(), () -> String.join("\n", faults));
        long tablePages = docs.keySet().stream().filter(f -> f.startsWith("tables/")).count();
        assertEquals(tablePages, docs.entrySet().stream().filter(e -> e.getKey().startsWith("tables/"))
                .filter(e -> MermaidSyntax.blocks(e.getValue()).size() == 1).count()
                + docs.entrySet().stream().filter(e -> e.getKey().startsWith("tables/"))
                .filter(e -> e.getValue().contains("No foreign key references this table, and it has none.")).count());
    }

    @Test
    void theCheckerRejectsBrokenMermaid() {
        assertEquals(1, MermaidSyntax.faults("erDiagram\n    tblA {\n        integer Id PK\n    }\n    tblA ||--o{ tblB FamilyID\n").size());
        assertEquals(1, MermaidSyntax.faults("erDiagram\n    tblA {\n        numeric(18,2) Amount\n    }\n").size());
        assertEquals(1, MermaidSyntax.faults("erDiagram\n    direction XY\n").size());
        assertEquals(1, MermaidSyntax.faults("flowchart LR\n    a --> \n").size());
    }

    /** The committed docs are what the entities and sql-extras generate (the drift check of docs/schema). */
    @Test
    void committedDocsAreCurrent() {
        List<String> diffs = SchemaFiles.drift(DOCS, docs);
        assertTrue(diffs.isEmpty(), () -> String.join("\n", diffs)
                + "\nRegenerate them: mvn -B install -DskipTests && mvn -B openimis:generate-schema, then commit them.");
    }

    @Test
    void theReadmeShowsTheCurrentOverview() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String overview = "```mermaid\n" + MermaidSyntax.blocks(docs.get("README.md")).get(0) + "```\n";
        assertTrue(readme.contains(overview), "README.md holds the overview diagram of docs/schema/README.md");
    }

    /** Each table the script creates, with the columns of its CREATE TABLE. */
    private static Map<String, List<String>> createdTables() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        Matcher create = Pattern.compile("(?is)create table \"([^\"]+)\" \\((.*?)\\n\\);").matcher(script);
        while (create.find()) {
            List<String> columns = new ArrayList<>();
            Matcher column = Pattern.compile("(?m)^ {4}\"([^\"]+)\" ").matcher(create.group(2));
            while (column.find()) {
                columns.add(column.group(1));
            }
            tables.put(create.group(1), columns);
        }
        return tables;
    }

    /** The table of the CREATE TABLE or ALTER TABLE statement that the position is in. */
    private static String tableBefore(int position) {
        Matcher table = TABLE.matcher(script.substring(0, position));
        String name = null;
        while (table.find()) {
            name = table.group(1);
        }
        return name;
    }
}
