package org.openimis.schema.script;

import org.openimis.schema.extras.SqlObject;

/**
 * One step of a schema script: what it creates (for messages and logs), its SQL without a final newline, and the
 * sql-extras object it comes from (null for DDL generated from the entities).
 */
public record ScriptPart(String label, String sql, SqlObject extra) {

    /** A step of sql-extras, labelled with its file. */
    public static ScriptPart of(SqlObject extra) {
        return new ScriptPart(extra.file(), extra.sql(), extra);
    }
}
