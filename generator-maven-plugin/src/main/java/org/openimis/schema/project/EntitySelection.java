package org.openimis.schema.project;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The entity classes a schema is built from: the openIMIS entities with a project's own added to them, or
 * (explicitly) the project's alone. A project names its entities in a registry, a class with a static {@code all()}
 * returning {@code List<Class<?>>} as {@code OpenImisEntities.all()} does (no class path scanning), or class by class.
 */
public final class EntitySelection {

    /** The setting that names the project's registry class. */
    private static final String REGISTRY_SETTING = "openimis.entityRegistry";

    /** The setting that names the project's entity classes one by one. */
    private static final String CLASSES_SETTING = "openimis.entityClasses";

    /** The setting that leaves the openIMIS entities out. */
    private static final String REPLACE_SETTING = "openimis.entities.replace";

    private EntitySelection() {
    }

    /** Whether a registry or entity classes are named: they are read from the project's class path. */
    public static boolean namesProjectEntities(String registry, List<String> classNames) {
        return registry != null && !registry.isBlank() || classNames != null && !classNames.isEmpty();
    }

    /**
     * The entity classes to build from: the openIMIS entities, then the registry's, then the listed classes; each
     * class once (a registry may list openIMIS entities too, e.g. one registry for a persistence unit).
     *
     * @param replace leave the openIMIS entities out; the project's must then be named
     * @throws EntitySelectionException naming the setting at fault, or two classes that map the same table
     */
    public static List<Class<?>> select(List<Class<?>> openImis, String registry, List<String> classNames,
                                        boolean replace, ClassLoader projectLoader) {
        Set<Class<?>> project = new LinkedHashSet<>();
        if (registry != null && !registry.isBlank()) {
            project.addAll(fromRegistry(registry.strip(), projectLoader));
        }
        for (String name : classNames == null ? List.<String>of() : classNames) {
            project.add(entity(load(name.strip(), projectLoader, CLASSES_SETTING), CLASSES_SETTING));
        }
        if (replace && project.isEmpty()) {
            throw new EntitySelectionException(REPLACE_SETTING + "=true leaves the openIMIS entities out, but neither "
                    + REGISTRY_SETTING + " nor " + CLASSES_SETTING + " names entities to use instead.");
        }
        if (replace) {
            return List.copyOf(project);
        }
        checkTables(project, openImis);
        Set<Class<?>> all = new LinkedHashSet<>(openImis);
        all.addAll(project);
        return List.copyOf(all);
    }

    /** The entity classes of a registry: its public static {@code all()}, each element an {@code @Entity}. */
    static List<Class<?>> fromRegistry(String className, ClassLoader loader) {
        Class<?> registry = load(className, loader, REGISTRY_SETTING);
        Object result;
        try {
            Method all = registry.getMethod("all");
            if (!Modifier.isStatic(all.getModifiers())) {
                throw new NoSuchMethodException("all() is not static");
            }
            result = all.invoke(null);
        } catch (NoSuchMethodException e) {
            throw new EntitySelectionException(className + " (" + REGISTRY_SETTING + ") has no public static all() "
                    + "returning List<Class<?>> of your entity classes, as OpenImisEntities.all() does.", e);
        } catch (IllegalAccessException | InvocationTargetException e) {
            Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
            throw new EntitySelectionException(className + ".all() (" + REGISTRY_SETTING + ") failed: " + cause, cause);
        }
        if (!(result instanceof List<?> list)) {
            throw new EntitySelectionException(className + ".all() (" + REGISTRY_SETTING + ") returned " + result
                    + ", not a List<Class<?>> of entity classes.");
        }
        List<Class<?>> classes = new ArrayList<>();
        for (Object element : list) {
            if (!(element instanceof Class<?> type)) {
                throw new EntitySelectionException(className + ".all() (" + REGISTRY_SETTING + ") holds " + element
                        + ", which is not a class.");
            }
            classes.add(entity(type, REGISTRY_SETTING + " " + className));
        }
        return classes;
    }

    private static Class<?> load(String className, ClassLoader loader, String setting) {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new EntitySelectionException("Class " + className + " (" + setting + ") is not among the project's "
                    + "compiled classes and dependencies: is it spelled right, and did the build compile it first "
                    + "(mvn compile openimis:...)?", e);
        } catch (LinkageError e) {
            throw new EntitySelectionException("Class " + className + " (" + setting + ") cannot be loaded: " + e, e);
        }
    }

    private static Class<?> entity(Class<?> type, String namedBy) {
        if (!type.isAnnotationPresent(Entity.class)) {
            throw new EntitySelectionException(type.getName() + " (" + namedBy + ") is not an @Entity.");
        }
        return type;
    }

    /** A project entity may not map a table an openIMIS entity maps (compared ignoring case, as SQL Server does). */
    private static void checkTables(Set<Class<?>> classes, List<Class<?>> openImis) {
        Map<String, Class<?>> openImisByTable = new HashMap<>();
        openImis.forEach(type -> openImisByTable.put(tableName(type).toLowerCase(Locale.ROOT), type));
        for (Class<?> type : classes) {
            Class<?> other = openImisByTable.get(tableName(type).toLowerCase(Locale.ROOT));
            if (other != null && other != type) {
                throw new EntitySelectionException("Your entity " + type.getName() + " maps the table \""
                        + tableName(type) + "\", which the openIMIS entity " + other.getName() + " maps: give yours "
                        + "a table name of its own.");
            }
        }
    }

    /** The table an entity maps, as the standard physical naming strategy leaves it: {@code @Table}, else the entity name. */
    static String tableName(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        if (table != null && !table.name().isEmpty()) {
            return table.name();
        }
        String entityName = type.getAnnotation(Entity.class).name();
        return entityName.isEmpty() ? type.getSimpleName() : entityName;
    }
}
