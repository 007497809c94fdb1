package org.openimis.schema.extras;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The sql-extras a schema is built from: the bundled openIMIS objects, with the objects of a project's folder added
 * to them, or (explicitly) the project's folder alone. Added objects may require bundled ones; a name both sets use
 * is refused, naming both files.
 */
public final class SqlExtrasSelection {

    /** The setting that names the project's folder, as errors name it. */
    private static final String FOLDER_SETTING = "openimis.sqlExtrasDirectory";

    /** The setting that leaves the bundled objects out, as errors name it. */
    private static final String REPLACE_SETTING = "openimis.sqlExtras.replace";

    private SqlExtrasSelection() {
    }

    /**
     * The objects to build from.
     *
     * @param bundled        the bundled openIMIS objects (read only when used)
     * @param projectFolder  the project's folder ({@code <kind>/<name>.sql}), or null for none
     * @param replaceBundled leave the bundled objects out: the project's folder alone, which must then be given
     */
    public static List<SqlObject> select(Supplier<List<SqlObject>> bundled, Path projectFolder,
                                         boolean replaceBundled) {
        if (projectFolder == null) {
            if (replaceBundled) {
                throw new SqlExtrasException(REPLACE_SETTING + "=true leaves the bundled sql-extras out, but "
                        + FOLDER_SETTING + " names no folder to use instead.");
            }
            return bundled.get();
        }
        if (!Files.isDirectory(projectFolder)) {
            throw new SqlExtrasException(FOLDER_SETTING + " is " + projectFolder + ", which is not a folder.");
        }
        List<SqlObject> project = SqlExtras.fromFolder(projectFolder);
        return replaceBundled ? project : combine(bundled.get(), project);
    }

    /** The bundled objects followed by the project's; a name both define is refused, naming both files. */
    static List<SqlObject> combine(List<SqlObject> bundled, List<SqlObject> project) {
        Map<String, SqlObject> bundledByName = bundled.stream()
                .collect(Collectors.toMap(SqlObject::name, Function.identity()));
        List<String> clashes = project.stream()
                .filter(object -> bundledByName.containsKey(object.name()))
                .map(object -> "'" + object.name() + "': " + object.fileAndOrigin() + " and "
                        + bundledByName.get(object.name()).fileAndOrigin())
                .toList();
        if (!clashes.isEmpty()) {
            throw new SqlExtrasException("Your sql-extras define objects the bundled openIMIS sql-extras already define: "
                    + String.join("; ", clashes) + ". Rename yours (names are unique across both sets), or set "
                    + REPLACE_SETTING + "=true to build from your folder alone, without the bundled objects.");
        }
        List<SqlObject> all = new ArrayList<>(bundled);
        all.addAll(project);
        return List.copyOf(all);
    }
}
