package org.openimis.schema.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A structural check of the Mermaid this project writes: every line of an {@code erDiagram} or {@code flowchart}
 * block must be one of the statement forms Mermaid's grammar accepts for them, braces balanced. Returns the faults.
 */
final class MermaidSyntax {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final Pattern ENTITY_OPEN = Pattern.compile("    " + NAME + " \\{");
    private static final Pattern ATTRIBUTE = Pattern.compile("        [A-Za-z_][A-Za-z0-9_()\\[\\]-]* " + NAME
            + "( (PK|FK|UK)(, (PK|FK|UK))*)?( \"[^\"]*\")?");
    private static final Pattern ENTITY_ALIAS = Pattern.compile("    " + NAME + "\\[\"[^\"]*\"\\]");
    private static final Pattern DIRECTION = Pattern.compile("    direction (TB|BT|LR|RL)");
    private static final Pattern RELATIONSHIP = Pattern.compile("    " + NAME + " (\\|\\||\\|o|\\}o|\\}\\|)(--|\\.\\.)"
            + "(\\|\\||\\|o|o\\||o\\{|\\|\\{) " + NAME + " : (" + NAME + "|\"[^\"]*\")");
    private static final Pattern NODE = Pattern.compile("    " + NAME + "\\[\"[^\"]*\"\\]");
    private static final Pattern EDGE = Pattern.compile("    " + NAME + " -->(\\|[^|]+\\|)? " + NAME);

    private MermaidSyntax() {
    }

    /** The Mermaid blocks of a Markdown text. */
    static List<String> blocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        int start = markdown.indexOf("```mermaid\n");
        while (start >= 0) {
            int end = markdown.indexOf("\n```", start);
            blocks.add(markdown.substring(start + "```mermaid\n".length(), end + 1));
            start = markdown.indexOf("```mermaid\n", end);
        }
        return blocks;
    }

    static List<String> faults(String block) {
        List<String> faults = new ArrayList<>();
        List<String> lines = block.lines().toList();
        String kind = lines.get(0);
        boolean inEntity = false;
        for (String line : lines.subList(1, lines.size())) {
            boolean ok;
            if (kind.equals("erDiagram")) {
                if (inEntity) {
                    ok = line.equals("    }") || ATTRIBUTE.matcher(line).matches();
                    inEntity = !line.equals("    }");
                } else {
                    ok = ENTITY_OPEN.matcher(line).matches() || RELATIONSHIP.matcher(line).matches()
                            || ENTITY_ALIAS.matcher(line).matches() || DIRECTION.matcher(line).matches();
                    inEntity = ENTITY_OPEN.matcher(line).matches();
                }
            } else if (kind.equals("flowchart LR") || kind.equals("flowchart TB")) {
                ok = NODE.matcher(line).matches() || EDGE.matcher(line).matches();
            } else {
                faults.add("unknown diagram type: " + kind);
                break;
            }
            if (!ok) {
                faults.add("not a " + kind + " statement: '" + line + "'");
            }
        }
        if (inEntity) {
            faults.add("an entity block is not closed");
        }
        return faults;
    }
}
