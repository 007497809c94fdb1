package org.openimis.schema.script;

import org.openimis.schema.ddl.DdlTarget;
import org.openimis.schema.extras.SqlObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The committed schema files: {@code openimis-postgresql.sql} (entities and sql-extras, the whole database) and
 * {@code openimis-sqlserver.sql} (the same tables in SQL Server's dialect, for comparison with legacy databases).
 */
public final class SchemaFiles {

    public static final String POSTGRESQL_FILE = "openimis-postgresql.sql";
    public static final String SQLSERVER_FILE = "openimis-sqlserver.sql";

    private SchemaFiles() {
    }

    /** The content of each file, by file name, in the order they are written. */
    public static Map<String, String> render(List<Class<?>> entityClasses, List<SqlObject> extras) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(POSTGRESQL_FILE, SchemaScript.of(entityClasses, extras, DdlTarget.POSTGRESQL).render());
        files.put(SQLSERVER_FILE, SchemaScript.of(entityClasses, List.of(), DdlTarget.SQLSERVER).render());
        return files;
    }

    /** Writes the files into the directory, each replaced whole (written beside it first, then moved into place). */
    public static List<Path> write(Path directory, Map<String, String> files) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = directory.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Path temporary = directory.resolve(file.getKey() + ".tmp");
                Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the schema files to " + directory + ": " + e.getMessage(), e);
        }
        return written;
    }

    /** A unified diff from each committed file to what the entities generate now; empty when all are current. */
    public static List<String> drift(Path directory, Map<String, String> files) {
        List<String> diffs = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path committed = directory.resolve(file.getKey());
            String before;
            try {
                before = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + committed + ": " + e.getMessage(), e);
            }
            String diff = UnifiedDiff.of(committed + " (committed)", before, committed + " (generated)", file.getValue());
            if (!diff.isEmpty()) {
                diffs.add(diff);
            }
        }
        return diffs;
    }
}
