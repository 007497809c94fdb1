package org.openimis.schema.copy;

/** How many values of one column were changed under one policy. */
public record ValueChangeCount(String column, ValueChange change, long count) {
}
