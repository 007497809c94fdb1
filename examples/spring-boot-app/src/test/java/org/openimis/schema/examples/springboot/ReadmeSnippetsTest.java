package org.openimis.schema.examples.springboot;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The code the root README shows under "Using the entities" is taken from this example: each block marked
 * {@code <!-- from PATH -->} must be a run of lines of that file (indentation aside), so it cannot drift from code
 * that is compiled and tested.
 */
class ReadmeSnippetsTest {

    private static final Path REPOSITORY = Path.of("..", "..").toAbsolutePath().normalize();
    private static final Pattern SNIPPET = Pattern.compile("<!-- from (\\S+) -->\\n```\\w*\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void everyMarkedReadmeSnippetIsAnExcerptOfTheExample() throws IOException {
        Matcher snippets = SNIPPET.matcher(Files.readString(REPOSITORY.resolve("README.md")));
        List<String> sources = new ArrayList<>();
        while (snippets.find()) {
            String source = snippets.group(1);
            sources.add(source);
            List<String> snippet = trimmedLines(snippets.group(2));
            List<String> file = trimmedLines(Files.readString(REPOSITORY.resolve(source)));
            assertTrue(Collections.indexOfSubList(file, snippet) >= 0,
                    "README.md shows code that is not in " + source + " (copy it again from there):\n" + snippets.group(2));
        }
        assertEquals(List.of(
                "examples/spring-boot-app/pom.xml",
                "examples/spring-boot-app/src/main/java/org/openimis/schema/examples/springboot/OpenImisJpaConfiguration.java",
                "examples/spring-boot-app/src/main/resources/application.properties",
                "examples/spring-boot-app/src/main/java/org/openimis/schema/examples/springboot/InsureeRepository.java",
                "examples/spring-boot-app/src/main/java/org/openimis/schema/examples/springboot/InsureeSpecifications.java"),
                sources, "the README's snippets of the example");
    }

    private static List<String> trimmedLines(String text) {
        return text.lines().map(String::strip).toList();
    }
}
