package org.openimis.schema.docs;

import org.openimis.schema.model.ForeignKeyModel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The Mermaid diagrams of the documentation, written for Mermaid's default (dagre) layout, the one every Markdown host
 * that renders Mermaid has. A box is a table with its key columns (PK, FK, UK for a column unique on its own, and a
 * comment naming the other columns of a multi-column unique constraint); a box labelled {@code name (module)} is a
 * table drawn only as a neighbour; every line is one foreign key, labelled with its column, parent to child.
 */
final class Diagrams {

    /** Layers wider than this many boxes are laid out left to right instead, to fit a page column of about 900 px. */
    static final int WIDEST_LAYER_TOP_DOWN = 3;

    private Diagrams() {
    }

    /**
     * The modules that foreign keys link, one arrow per pair of modules, top to bottom (the page's table gives the
     * number of keys: labels on these long arrows bunch up); modules without such links are left out (the page lists
     * them), so that no arrow runs under a box it does not touch.
     */
    static String overview(DocCatalog catalog) {
        Map<String, Integer> edges = new TreeMap<>();
        for (ForeignKeyModel fk : catalog.foreignKeys()) {
            String from = catalog.moduleOf(fk.table());
            String to = catalog.moduleOf(fk.referencedTable());
            if (!from.equals(to)) {
                edges.merge(from + " --> " + to, 1, Integer::sum);
            }
        }
        Set<String> linked = linkedModules(catalog);
        StringBuilder text = new StringBuilder("flowchart TB\n");
        catalog.modules().forEach((module, tables) -> {
            if (linked.contains(module)) {
                text.append("    ").append(id(module)).append("[\"").append(module).append(" (").append(tables.size())
                        .append(tables.size() == 1 ? " table" : " tables").append(")\"]\n");
            }
        });
        edges.keySet().forEach(edge -> {
            String[] ends = edge.split(" --> ");
            text.append("    ").append(id(ends[0])).append(" --> ").append(id(ends[1])).append('\n');
        });
        return text.toString();
    }

    /** The modules that a foreign key links to another module. */
    static Set<String> linkedModules(DocCatalog catalog) {
        Set<String> linked = new LinkedHashSet<>();
        for (ForeignKeyModel fk : catalog.foreignKeys()) {
            String from = catalog.moduleOf(fk.table());
            String to = catalog.moduleOf(fk.referencedTable());
            if (!from.equals(to)) {
                linked.add(from);
                linked.add(to);
            }
        }
        return linked;
    }

    /**
     * The foreign keys among the module's tables, the tables with their key columns; null where there are none. The keys
     * from one table to another are one line naming all their columns (each table's page draws every key).
     */
    static String moduleInside(String module, List<DocTable> tables, DocCatalog catalog) {
        Map<String, List<ForeignKeyModel>> pairs = pairs(tables, fk -> catalog.moduleOf(fk.referencedTable()).equals(module));
        if (pairs.isEmpty()) {
            return null;
        }
        Set<String> drawn = new LinkedHashSet<>();
        pairs.values().forEach(keys -> drawn.addAll(List.of(keys.get(0).referencedTable(), keys.get(0).table())));
        List<String[]> edges = pairs.values().stream()
                .map(keys -> new String[] {keys.get(0).referencedTable(), keys.get(0).table()}).toList();
        StringBuilder text = new StringBuilder("erDiagram\n");
        if (widestLayer(edges, drawn) > WIDEST_LAYER_TOP_DOWN) {
            text.append("    direction LR\n");
        }
        tables.stream().filter(t -> drawn.contains(t.name())).forEach(t -> box(text, t));
        pairs.values().forEach(keys -> {
            DocTable child = catalog.table(keys.get(0).table());
            text.append("    ").append(keys.get(0).referencedTable()).append(' ').append(cardinality(child, keys))
                    .append(' ').append(child.name()).append(" : ").append(label(keys)).append('\n');
        });
        return text.toString();
    }

    /**
     * The module's tables that reference tables of other modules, left to right: each table (its name only), then the
     * tables of other modules it references, drawn as stubs {@code table (module)} once per referencing table, so that
     * no line crosses another; null where the module references no other module.
     */
    static String moduleOutside(String module, List<DocTable> tables, DocCatalog catalog) {
        Map<String, List<ForeignKeyModel>> pairs = pairs(tables, fk -> !catalog.moduleOf(fk.referencedTable()).equals(module));
        if (pairs.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder("erDiagram\n    direction LR\n");
        pairs.values().forEach(keys -> stub(text, stubId(keys.get(0)), catalog.table(keys.get(0).referencedTable())));
        pairs.values().forEach(keys -> {
            DocTable child = catalog.table(keys.get(0).table());
            String cardinality = cardinality(child, keys);
            // written child first, so that the stubs come after the tables
            text.append("    ").append(child.name()).append(' ').append(mirror(cardinality.substring(4))).append("--")
                    .append(mirror(cardinality.substring(0, 2))).append(' ').append(stubId(keys.get(0)))
                    .append(" : ").append(label(keys)).append('\n');
        });
        return text.toString();
    }

    /** The module's foreign keys that the filter keeps, grouped by referencing and referenced table. */
    private static Map<String, List<ForeignKeyModel>> pairs(List<DocTable> tables, Predicate<ForeignKeyModel> filter) {
        Map<String, List<ForeignKeyModel>> pairs = new LinkedHashMap<>();
        tables.stream().flatMap(t -> t.foreignKeys().stream()).filter(filter)
                .forEach(fk -> pairs.computeIfAbsent(fk.table() + " " + fk.referencedTable(), k -> new ArrayList<>()).add(fk));
        return pairs;
    }

    /** The id of the stub drawn beside the child table for the table of another module it references. */
    static String stubId(ForeignKeyModel fk) {
        return fk.table() + "__" + fk.referencedTable();
    }

    /** One line for several keys from one table to another: at most one parent if any key is nullable. */
    private static String cardinality(DocTable child, List<ForeignKeyModel> keys) {
        boolean nullable = keys.stream().anyMatch(fk -> cardinality(child, fk).startsWith("|o"));
        boolean oneToOne = keys.stream().allMatch(fk -> cardinality(child, fk).endsWith("o|"));
        return (nullable ? "|o" : "||") + "--" + (oneToOne ? "o|" : "o{");
    }

    /** A cardinality marker as it is written on the other end of a relationship. */
    private static String mirror(String marker) {
        return switch (marker) {
            case "|o" -> "o|";
            case "o|" -> "|o";
            case "o{" -> "}o";
            default -> marker;
        };
    }

    private static String label(List<ForeignKeyModel> keys) {
        String label = keys.stream().map(fk -> String.join(", ", fk.columns())).collect(Collectors.joining(", "));
        return label.matches("[A-Za-z_][A-Za-z0-9_-]*") ? label : "\"" + label + "\"";
    }

    /**
     * The table and its neighbours at distance 1, left to right: the tables it references, the table, the tables that
     * reference it. Every foreign key is its own line, so five keys to one table are five lines.
     */
    static String neighbours(DocTable table, DocCatalog catalog) {
        List<ForeignKeyModel> lines = new ArrayList<>(table.foreignKeys());
        catalog.referencing(table.name()).stream().filter(fk -> !fk.table().equals(table.name())).forEach(lines::add);
        StringBuilder text = new StringBuilder("erDiagram\n    direction LR\n");
        box(text, table);
        Set<String> stubs = new LinkedHashSet<>();
        lines.forEach(fk -> {
            stubs.add(fk.referencedTable());
            stubs.add(fk.table());
        });
        stubs.remove(table.name());
        stubs.forEach(name -> stub(text, name, catalog.table(name)));
        lines.forEach(fk -> line(text, catalog.table(fk.table()), fk));
        return text.toString();
    }

    private static void box(StringBuilder text, DocTable table) {
        text.append("    ").append(table.name()).append(" {\n");
        for (DocTable.DocColumn column : table.columns()) {
            List<String> keys = new ArrayList<>();
            if (table.primaryKey().contains(column.name())) {
                keys.add("PK");
            }
            if (table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column.name()))) {
                keys.add("FK");
            }
            if (table.uniqueAlone(column.name())) {
                keys.add("UK");
            }
            List<String> together = table.uniqueTogetherWith(column.name()).stream()
                    .map(others -> "unique with " + String.join(", ", others)).toList();
            if (!keys.isEmpty() || !together.isEmpty()) {
                text.append("        ").append(mermaidType(column.type())).append(' ').append(column.name());
                if (!keys.isEmpty()) {
                    text.append(' ').append(String.join(", ", keys));
                }
                if (!together.isEmpty()) {
                    text.append(" \"").append(String.join("; ", together)).append('"');
                }
                text.append('\n');
            }
        }
        text.append("    }\n");
    }

    private static void stub(StringBuilder text, String id, DocTable table) {
        text.append("    ").append(id).append("[\"").append(table.name()).append(" (").append(table.module())
                .append(")\"]\n");
    }

    private static void line(StringBuilder text, DocTable child, ForeignKeyModel fk) {
        text.append("    ").append(fk.referencedTable()).append(' ').append(cardinality(child, fk)).append(' ')
                .append(fk.table()).append(" : ").append(label(List.of(fk))).append('\n');
    }

    /** Parent to child: exactly one parent where the column is NOT NULL, at most one where it is nullable. */
    static String cardinality(DocTable child, ForeignKeyModel fk) {
        boolean nullable = fk.columns().stream().anyMatch(c -> child.column(c).orElseThrow().nullable());
        return (nullable ? "|o" : "||") + "--" + (child.uniqueColumnSets().contains(fk.columns()) ? "o|" : "o{");
    }

    /** The largest number of boxes dagre puts side by side: boxes by their longest chain of parents. */
    private static int widestLayer(List<String[]> parentChildEdges, Collection<String> boxes) {
        Map<String, Integer> layer = new HashMap<>();
        boxes.forEach(box -> layer.put(box, 0));
        for (int round = 0; round < boxes.size(); round++) {
            for (String[] edge : parentChildEdges) {
                if (!edge[0].equals(edge[1])) {
                    layer.put(edge[1], Math.max(layer.get(edge[1]), Math.min(layer.get(edge[0]) + 1, boxes.size())));
                }
            }
        }
        Map<Integer, Integer> widths = new HashMap<>();
        layer.values().forEach(l -> widths.merge(l, 1, Integer::sum));
        return widths.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** Mermaid attribute types are single words: {@code varchar(12)} stays, spaces and commas become underscores. */
    static String mermaidType(String ddlType) {
        return ddlType.replaceAll("[^A-Za-z0-9()]+", "_");
    }

    /** A flowchart node id for a module name ({@code sql-extras} becomes {@code sql_extras}). */
    private static String id(String module) {
        return module.replaceAll("[^A-Za-z0-9_]", "_");
    }
}
