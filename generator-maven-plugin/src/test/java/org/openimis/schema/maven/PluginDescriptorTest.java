package org.openimis.schema.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plugin descriptor maven-plugin-plugin generated from the goals: what help and help:describe show. */
class PluginDescriptorTest {

    @Test
    void everyParameterHasADescriptionThatReadsWithoutMarkup() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Element parameter : editableParameters()) {
            String name = goalOf(parameter) + " " + text(parameter, "name");
            String description = text(parameter, "description").strip();
            if (description.isEmpty()) {
                problems.add(name + ": no description");
            }
            // help strips HTML tags: an angle bracket left after removing <code> would garble the text, as <kind>/<name>.sql did
            if (description.replaceAll("</?code>", "").contains("<") || description.contains("()")) {
                problems.add(name + ": markup in the description: " + description);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyParameterOfTheGoalsHasAnOpenImisProperty() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Element parameter : editableParameters()) {
            String goal = goalOf(parameter);
            // the property, as Maven reads it at run time, is the text of the parameter's element under <configuration>
            Element mojo = (Element) parameter.getParentNode().getParentNode();
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            String expression = text(configuration, text(parameter, "name"));
            if (!goal.equals("help") && !expression.matches("\\$\\{openimis\\.[A-Za-z.]+}")) {
                problems.add(goal + " " + text(parameter, "name") + ": expression '" + expression + "'");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theHelpGoalExists() throws Exception {
        Set<String> goals = new TreeSet<>();
        NodeList mojos = descriptor().getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            goals.add(text((Element) mojos.item(i), "goal"));
        }
        assertTrue(goals.containsAll(Set.of("help", "generate-schema", "check", "apply", "copy-data")), goals::toString);
    }

    private static List<Element> editableParameters() throws Exception {
        List<Element> parameters = new ArrayList<>();
        NodeList all = descriptor().getElementsByTagName("parameter");
        for (int i = 0; i < all.getLength(); i++) {
            Element parameter = (Element) all.item(i);
            if (parameter.getParentNode().getNodeName().equals("parameters") && "true".equals(text(parameter, "editable"))) {
                parameters.add(parameter);
            }
        }
        assertTrue(parameters.size() > 30, "the descriptor lists the parameters of every goal: " + parameters.size());
        return parameters;
    }

    private static String goalOf(Element parameter) {
        return text((Element) parameter.getParentNode().getParentNode(), "goal");
    }

    private static Document descriptor() throws Exception {
        try (InputStream in = Objects.requireNonNull(PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml"),
                "plugin.xml is generated in process-classes")) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static String text(Element element, String child) {
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(child)) {
                return e.getTextContent();
            }
        }
        return "";
    }
}
