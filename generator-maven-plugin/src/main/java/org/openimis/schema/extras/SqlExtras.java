package org.openimis.schema.extras;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads sql-extras objects from a folder tree ({@code <kind>/<name>.sql}), on disk or inside a jar. */
public final class SqlExtras {

    /** Where the sql-extras jar keeps its objects. */
    public static final String RESOURCE_FOLDER = "openimis/sql-extras";

    /** The origin of the bundled objects in messages. */
    public static final String BUNDLED = "bundled openimis-sql-extras";

    private static final Pattern REQUIRES = Pattern.compile("(?m)^--\\s*requires:(.*)$");

    private SqlExtras() {
    }

    /** The objects of the openimis-sql-extras artifact on the class path of the given loader. */
    public static List<SqlObject> fromClasspath(ClassLoader loader) {
        URL url = loader.getResource(RESOURCE_FOLDER);
        if (url == null) {
            throw new SqlExtrasException("No " + RESOURCE_FOLDER + " on the class path: is openimis-sql-extras a dependency?");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return fromFolder(jar.getPath(RESOURCE_FOLDER), BUNDLED);
                }
            }
            return fromFolder(Path.of(uri), BUNDLED);
        } catch (URISyntaxException | IOException e) {
            throw new SqlExtrasException("Cannot read sql-extras from " + url + ": " + e.getMessage(), e);
        }
    }

    /** The objects under a folder: each {@code <kind>/<name>.sql} file is one object, its origin the folder. */
    public static List<SqlObject> fromFolder(Path root) {
        return fromFolder(root, root.toString());
    }

    private static List<SqlObject> fromFolder(Path root, String origin) {
        List<SqlObject> objects = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().toList()) {
                String folder = root.relativize(file.getParent()).toString().replace('\\', '/');
                String fileName = file.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - ".sql".length());
                SqlKind kind = SqlKind.ofFolder(folder, root.relativize(file).toString());
                objects.add(parse(name, kind, Files.readString(file, StandardCharsets.UTF_8), origin));
            }
        } catch (IOException e) {
            throw new SqlExtrasException("Cannot read sql-extras under " + root + ": " + e.getMessage(), e);
        }
        return objects;
    }

    private static SqlObject parse(String name, SqlKind kind, String sql, String origin) {
        List<String> requires = new ArrayList<>();
        Matcher matcher = REQUIRES.matcher(sql);
        while (matcher.find()) {
            Arrays.stream(matcher.group(1).split(","))
                    .map(String::strip)
                    .filter(dependency -> !dependency.isEmpty())
                    .forEach(requires::add);
        }
        return new SqlObject(name, kind, sql.strip(), List.copyOf(requires), origin);
    }
}
