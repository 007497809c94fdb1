package org.openimis.schema.ddl;

import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.PrimaryKey;
import org.hibernate.tool.schema.internal.StandardTableExporter;

import java.util.stream.Collectors;

/** Writes every primary key with its explicit name ({@code constraint "tblX_pkey" primary key (...)}). */
class NamedPrimaryKeyTableExporter extends StandardTableExporter {

    NamedPrimaryKeyTableExporter(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String primaryKeyString(PrimaryKey key) {
        String columns = key.getColumns().stream()
                .map(column -> column.getQuotedName(dialect))
                .collect(Collectors.joining(", "));
        return "constraint " + dialect.openQuote() + key.getName() + dialect.closeQuote() + " primary key (" + columns + ")";
    }
}
