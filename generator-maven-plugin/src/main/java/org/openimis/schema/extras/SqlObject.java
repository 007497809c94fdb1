package org.openimis.schema.extras;

import java.util.List;

/**
 * One hand-written SQL object of sql-extras: its name (the file name without {@code .sql}), its kind (the folder),
 * its SQL, the names of the objects it requires, and the set it comes from (the bundled openIMIS objects or a
 * project's folder), for messages.
 */
public record SqlObject(String name, SqlKind kind, String sql, List<String> requires, String origin) {

    /** The file as the build names it in messages and in the schema script, e.g. {@code views/uvwLocations.sql}. */
    public String file() {
        return kind.folder() + "/" + name + ".sql";
    }

    /** The file and the set it comes from, for error messages, e.g. {@code views/uvwX.sql (src/sql-extras)}. */
    public String fileAndOrigin() {
        return file() + " (" + origin + ")";
    }
}
