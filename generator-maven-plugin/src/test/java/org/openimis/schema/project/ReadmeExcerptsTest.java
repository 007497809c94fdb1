package org.openimis.schema.project;

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
 * The root README's section "Extending the schema in your project" shows the downstream-project invoker test: each
 * block marked {@code <!-- excerpt of PATH -->} must be a run of lines of that file (indentation aside; the README
 * shows the project version where the test's pom has {@code @project.version@}).
 */
class ReadmeExcerptsTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern EXCERPT = Pattern.compile("<!-- excerpt of (\\S+) -->\\n```\\w*\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern VERSION = Pattern.compile("<artifactId>openimis-schema</artifactId>\\s*<version>([^<]+)</version>");

    @Test
    void everyExcerptIsARunOfLinesOfTheDownstreamProject() throws IOException {
        Matcher version = VERSION.matcher(Files.readString(REPOSITORY.resolve("pom.xml")));
        assertTrue(version.find(), "the root pom's version");
        Matcher excerpts = EXCERPT.matcher(Files.readString(REPOSITORY.resolve("README.md")));
        List<String> sources = new ArrayList<>();
        while (excerpts.find()) {
            String source = excerpts.group(1);
            sources.add(source);
            List<String> excerpt = trimmedLines(excerpts.group(2).replace(version.group(1), "@project.version@"));
            List<String> file = trimmedLines(Files.readString(REPOSITORY.resolve(source)));
            assertTrue(Collections.indexOfSubList(file, excerpt) >= 0,
                    "README.md shows text that is not in " + source + " (copy it again from there):\n" + excerpts.group(2));
        }
        String example = "generator-maven-plugin/src/it/downstream-project/";
        assertEquals(List.of(example + "pom.xml",
                example + "src/main/java/org/example/referral/ReferralEntities.java",
                example + "src/main/java/org/example/referral/Referral.java",
                example + "src/main/sql-extras/views/uvwReferralsByDistrict.sql"), sources, "the README's excerpts");
    }

    private static List<String> trimmedLines(String text) {
        return text.lines().map(String::strip).toList();
    }
}
