package org.openimis.schema.script;

/** One step of a schema script: what it creates (for messages and logs) and its SQL, without a final newline. */
public record ScriptPart(String label, String sql) {
}
