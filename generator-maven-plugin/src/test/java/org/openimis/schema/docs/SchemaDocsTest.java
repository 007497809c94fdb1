package org.openimis.schema.docs;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openimis.schema.entities.EntityModule;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.model.ForeignKeyModel;
import org.openimis.schema.model.SchemaModel;
import org.openimis.schema.model.TableModel;
import org.openimis.schema.script.SchemaFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaDocsTest {

    private static final Path DOCS = Path.of("..", "docs", "schema").toAbsolutePath().normalize();

    private static SchemaModel model;
    private static Map<String, String> docs;

    @BeforeAll
    static void render() {
        model = SchemaModel.of(OpenImisEntities.all());
        docs = SchemaDocs.render(OpenImisEntities.all());
    }

    @Test
    void everyModuleHasADiagramAndAReference() {
        for (EntityModule module : EntityModule.values()) {
            String page = docs.get(module.name().toLowerCase(Locale.ROOT) + ".md");
            assertTrue(page != null && page.contains("```mermaid\nerDiagram\n"), module + " has a diagram");
        }
        assertEquals(EntityModule.values().length + 1, docs.size(), "one page per module and the overview");
    }

    @Test
    void everyTableIsDrawnAndDescribedInItsModule() {
        assertEquals(84, model.tables().size());
        for (TableModel table : model.tables()) {
            String page = pageOf(table);
            assertTrue(page.contains("\n    " + table.name() + " {\n"), table.name() + " is drawn");
            assertTrue(page.contains("\n## " + table.name() + "\n"), table.name() + " is described");
            for (var column : table.columns()) {
                assertTrue(page.contains("\n| " + column.name() + " | " + column.ddlType()), table.name() + "." + column.name());
            }
        }
    }

    @Test
    void everyForeignKeyIsARelationshipOfTheChildsModule() {
        List<ForeignKeyModel> foreignKeys = model.foreignKeys();
        assertEquals(103, foreignKeys.size());
        for (ForeignKeyModel fk : foreignKeys) {
            String page = pageOf(model.table(fk.table()));
            assertTrue(page.matches("(?s).*\n    " + fk.referencedTable() + " [|}][|o]--[o|][|{] " + fk.table() + " : "
                    + fk.columns().get(0) + "\n.*"), fk.name() + " is drawn");
        }
    }

    @Test
    void everyMermaidBlockIsWellFormed() {
        List<String> faults = new ArrayList<>();
        docs.forEach((file, text) -> MermaidSyntax.blocks(text)
                .forEach(block -> MermaidSyntax.faults(block).forEach(f -> faults.add(file + ": " + f))));
        assertTrue(faults.isEmpty(), () -> String.join("\n", faults));
        assertEquals(EntityModule.values().length + 1,
                docs.values().stream().mapToLong(t -> MermaidSyntax.blocks(t).size()).sum());
    }

    @Test
    void theCheckerRejectsBrokenMermaid() {
        assertEquals(1, MermaidSyntax.faults("erDiagram\n    tblA {\n        integer Id PK\n    }\n    tblA ||--o{ tblB FamilyID\n").size());
        assertEquals(1, MermaidSyntax.faults("erDiagram\n    tblA {\n        numeric(18,2) Amount\n    }\n").size());
        assertEquals(1, MermaidSyntax.faults("flowchart LR\n    a --> \n").size());
    }

    /** The committed docs are what the entities generate (the drift check of docs/schema). */
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
        assertTrue(readme.contains(overview),
                "README.md holds the overview diagram of docs/schema/README.md");
    }

    private static String pageOf(TableModel table) {
        String packageName = table.entityClass().getPackageName();
        return docs.get(packageName.substring(packageName.lastIndexOf('.') + 1) + ".md");
    }
}
