package org.openimis.schema.copy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The tables and columns of the source database's schema, read from JDBC metadata; names match case-insensitively. */
final class SourceCatalog {

    private final Map<String, String> tableNames = new TreeMap<>();
    private final List<String> baseTables = new ArrayList<>();
    private final Map<String, List<SourceColumn>> columns = new TreeMap<>();

    private SourceCatalog() {
    }

    static SourceCatalog read(Connection connection, String schema) throws SQLException {
        SourceCatalog catalog = new SourceCatalog();
        DatabaseMetaData meta = connection.getMetaData();
        String schemaPattern = schemaPattern(meta, schema);
        try (ResultSet tables = meta.getTables(null, schemaPattern, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (tables.next()) {
                catalog.baseTables.add(tables.getString("TABLE_NAME"));
            }
        }
        try (ResultSet rows = meta.getColumns(null, schemaPattern, "%", "%")) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                String key = table.toLowerCase(Locale.ROOT);
                catalog.tableNames.putIfAbsent(key, table);
                catalog.columns.computeIfAbsent(key, k -> new ArrayList<>()).add(new SourceColumn(
                        rows.getString("COLUMN_NAME"), rows.getString("TYPE_NAME"), rows.getInt("DATA_TYPE"),
                        rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, rows.getInt("COLUMN_SIZE"),
                        rows.getInt("DECIMAL_DIGITS")));
            }
        }
        return catalog;
    }

    /** The source's spelling of a table name, if the source has the table. */
    Optional<String> table(String name) {
        return Optional.ofNullable(tableNames.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The base tables of the source schema (no views), in the source's spelling. */
    List<String> baseTables() {
        return baseTables.stream().sorted().toList();
    }

    List<SourceColumn> columns(String table) {
        return columns.getOrDefault(table.toLowerCase(Locale.ROOT), List.of());
    }

    /** Schema names are stored upper-case by some databases (H2): match the one the metadata knows. */
    private static String schemaPattern(DatabaseMetaData meta, String schema) throws SQLException {
        try (ResultSet schemas = meta.getSchemas()) {
            while (schemas.next()) {
                String name = schemas.getString("TABLE_SCHEM");
                if (name.equalsIgnoreCase(schema)) {
                    return name;
                }
            }
        }
        return schema;
    }
}
