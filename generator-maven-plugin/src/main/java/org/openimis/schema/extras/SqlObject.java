package org.openimis.schema.extras;

import java.util.List;

/**
 * One hand-written SQL object of sql-extras: its name (the file name without {@code .sql}), its kind (the folder),
 * its SQL and the names of the objects it requires.
 */
public record SqlObject(String name, SqlKind kind, String sql, List<String> requires) {

    /** The file as the build names it in messages and in the schema script, e.g. {@code views/uvwLocations.sql}. */
    public String file() {
        return kind.folder() + "/" + name + ".sql";
    }
}
