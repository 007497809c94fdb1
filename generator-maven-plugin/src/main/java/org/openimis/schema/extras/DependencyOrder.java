package org.openimis.schema.extras;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Orders sql-extras objects so that each comes after what it requires. Among objects ready at the same time, kinds
 * come in {@link SqlKind}'s order (tables, indexes, compat, views, functions, procedures), and within a kind names
 * alphabetically, so the script reads in sections.
 */
public final class DependencyOrder {

    private static final Comparator<SqlObject> BY_NAME = Comparator.comparing(SqlObject::name);
    private static final Comparator<SqlObject> READY_ORDER = Comparator
            .comparing(SqlObject::kind)
            .thenComparing(BY_NAME);

    private DependencyOrder() {
    }

    /**
     * The objects in dependency order.
     *
     * @throws SqlExtrasException on a duplicate name, a dependency that names no object, or a cycle
     */
    public static List<SqlObject> sort(List<SqlObject> objects) {
        Map<String, SqlObject> byName = new HashMap<>();
        for (SqlObject object : objects) {
            SqlObject other = byName.put(object.name(), object);
            if (other != null) {
                throw new SqlExtrasException("Two sql-extras files define the object '" + object.name() + "': "
                        + other.fileAndOrigin() + " and " + object.fileAndOrigin()
                        + ". Object names must be unique across folders and across the bundled objects and yours.");
            }
        }
        Map<String, Integer> missing = new HashMap<>();
        Map<String, List<SqlObject>> dependents = new HashMap<>();
        for (SqlObject object : objects) {
            for (String dependency : new TreeSet<>(object.requires())) {
                if (!byName.containsKey(dependency)) {
                    throw new SqlExtrasException(object.fileAndOrigin() + " requires '" + dependency
                            + "', which is not an sql-extras object (a file name without .sql under any folder).");
                }
                dependents.computeIfAbsent(dependency, d -> new ArrayList<>()).add(object);
            }
            missing.put(object.name(), new TreeSet<>(object.requires()).size());
        }
        PriorityQueue<SqlObject> ready = new PriorityQueue<>(READY_ORDER);
        objects.stream().filter(o -> missing.get(o.name()) == 0).forEach(ready::add);
        List<SqlObject> ordered = new ArrayList<>();
        while (!ready.isEmpty()) {
            SqlObject next = ready.poll();
            ordered.add(next);
            for (SqlObject dependent : dependents.getOrDefault(next.name(), List.of())) {
                if (missing.merge(dependent.name(), -1, Integer::sum) == 0) {
                    ready.add(dependent);
                }
            }
        }
        if (ordered.size() < objects.size()) {
            throw new SqlExtrasException("Dependency cycle among sql-extras objects (each requires the next): "
                    + cycle(objects, ordered, byName));
        }
        return ordered;
    }

    /** One cycle among the objects left unordered, written as {@code a.sql -> b.sql -> a.sql}. */
    private static String cycle(List<SqlObject> objects, List<SqlObject> ordered, Map<String, SqlObject> byName) {
        List<SqlObject> left = objects.stream().filter(o -> !ordered.contains(o)).sorted(BY_NAME).toList();
        List<SqlObject> path = new ArrayList<>();
        SqlObject current = left.get(0);
        while (!path.contains(current)) {
            path.add(current);
            current = current.requires().stream().sorted().map(byName::get)
                    .filter(left::contains).findFirst().orElseThrow();
        }
        List<SqlObject> loop = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
        loop.add(current);
        return loop.stream().map(SqlObject::fileAndOrigin).collect(Collectors.joining(" -> "));
    }
}
