package org.openimis.schema.ddl;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.SourceType;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.ScriptSourceInput;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.SourceDescriptor;
import org.hibernate.tool.schema.spi.TargetDescriptor;
import org.openimis.schema.entities.NoPrimaryKey;
import org.openimis.schema.entities.PrimaryKeyName;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generates the DDL of entity classes offline (no database connection) through Hibernate's schema management
 * tool, and sorts it: tables by name, then constraints and indexes by table and name.
 */
public final class SchemaGenerator {

    private SchemaGenerator() {
    }

    /** The DDL of the given entity classes for the given database kind. */
    public static HibernateDdl generate(List<Class<?>> entityClasses, DdlTarget target) {
        try (EntityMetadata entities = EntityMetadata.build(entityClasses, target)) {
            MetadataImplementor metadata = entities.metadata();
            nameConstraints(metadata);
            translateColumnDefaults(metadata, target);
            List<String> statements = new ArrayList<>();
            entities.registry().requireService(SchemaManagementTool.class)
                    .getSchemaCreator(entities.settings())
                    .doCreation(metadata, executionOptions(entities.settings()), ContributableMatcher.ALL,
                            metadataSource(), scriptTarget(statements));
            return sorted(statements);
        }
    }

    /**
     * Quotes every constraint and index name, so that mixed-case names keep their case, names every primary key
     * ({@code <table>_pkey} unless {@link PrimaryKeyName} says otherwise) and removes the primary keys openIMIS
     * tables do not have ({@link NoPrimaryKey}).
     */
    private static void nameConstraints(Metadata metadata) {
        Dialect dialect = metadata.getDatabase().getDialect();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            Table table = entity.getTable();
            Class<?> type = entity.getMappedClass();
            if (!table.isPhysicalTable()) {
                continue;
            }
            table.getUniqueKeys().values().forEach(key -> key.setName(backtickQuoted(key.getName())));
            table.getIndexes().values().forEach(index -> index.setName(backtickQuoted(index.getName())));
            table.getChecks().forEach(check -> check.setName(dialect.openQuote() + check.getName() + dialect.closeQuote()));
            if (table.getComment() != null) { // Hibernate writes the comment literal without escaping its quotes
                table.setComment(table.getComment().replace("'", "''"));
            }
            if (type.isAnnotationPresent(NoPrimaryKey.class)) {
                table.setPrimaryKey(null);
            } else {
                PrimaryKeyName name = type.getAnnotation(PrimaryKeyName.class);
                table.getPrimaryKey().setName(name != null ? name.value() : table.getName() + "_pkey");
            }
        }
    }

    private static void translateColumnDefaults(Metadata metadata, DdlTarget target) {
        for (PersistentClass entity : metadata.getEntityBindings()) {
            for (org.hibernate.mapping.Column column : entity.getTable().getColumns()) {
                if (column.getDefaultValue() != null) {
                    column.setDefaultValue(target.columnDefault(column.getDefaultValue()));
                }
            }
        }
    }

    private static String backtickQuoted(String name) {
        return "`" + name + "`";
    }

    private static HibernateDdl sorted(List<String> statements) {
        List<String> tables = new ArrayList<>();
        Map<String, String> comments = new HashMap<>();
        List<String> constraints = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        for (String statement : statements) {
            String text = DdlFormat.clean(statement);
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.startsWith("create table")) {
                tables.add(text);
            } else if (lower.startsWith("comment on table")) {
                comments.put(firstName(text.substring("comment on table".length())), text);
            } else if (lower.startsWith("alter table")) {
                constraints.add(text);
            } else if (lower.matches("(?s)create( unique)?( nonclustered)? index .*")) {
                indexes.add(text);
            } else {
                throw new IllegalStateException("Unexpected statement in the Hibernate DDL: " + text);
            }
        }
        // quote characters differ between dialects: sort on the names alone, so both scripts list objects alike
        Comparator<String> byText = Comparator.comparing((String text) -> text.replaceAll("[\"\\[\\]`]", ""))
                .thenComparing(Comparator.naturalOrder());
        tables.sort(byText);
        constraints.sort(byText);
        indexes.sort(byText);
        List<String> tablesWithComments = new ArrayList<>();
        for (String table : tables) {
            String comment = comments.get(firstName(table.substring("create table".length())));
            tablesWithComments.add(comment == null ? table : table + ";\n\n" + comment);
        }
        return new HibernateDdl(List.copyOf(tablesWithComments), List.copyOf(constraints), List.copyOf(indexes));
    }

    /** The first (quoted) name of a statement's remainder: {@code "tblInsuree"} of {@code  "tblInsuree" (...)}. */
    private static String firstName(String rest) {
        return rest.strip().split("\\s+", 2)[0];
    }

    private static ExecutionOptions executionOptions(Map<String, Object> settings) {
        return new ExecutionOptions() {
            @Override
            public Map<String, Object> getConfigurationValues() {
                return settings;
            }

            @Override
            public boolean shouldManageNamespaces() {
                return false;
            }

            @Override
            public org.hibernate.tool.schema.spi.ExceptionHandler getExceptionHandler() {
                return exception -> {
                    throw exception;
                };
            }
        };
    }

    private static SourceDescriptor metadataSource() {
        return new SourceDescriptor() {
            @Override
            public SourceType getSourceType() {
                return SourceType.METADATA;
            }

            @Override
            public ScriptSourceInput getScriptSourceInput() {
                return null;
            }
        };
    }

    private static TargetDescriptor scriptTarget(List<String> statements) {
        ScriptTargetOutput output = new ScriptTargetOutput() {
            @Override
            public void prepare() {
            }

            @Override
            public void accept(String command) {
                statements.add(command);
            }

            @Override
            public void release() {
            }
        };
        return new TargetDescriptor() {
            @Override
            public EnumSet<TargetType> getTargetTypes() {
                return EnumSet.of(TargetType.SCRIPT);
            }

            @Override
            public ScriptTargetOutput getScriptTargetOutput() {
                return output;
            }
        };
    }
}
