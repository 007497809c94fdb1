package org.openimis.schema.verify;

/** The kinds of difference between a live schema and the model, in the order the summary lists them. */
public enum DifferenceKind {
    MISSING_TABLE("missing table"),
    EXTRA_TABLE("extra table"),
    MISSING_COLUMN("missing column"),
    EXTRA_COLUMN("extra column"),
    COLUMN_TYPE("column type"),
    COLUMN_NULLABILITY("column nullability"),
    COLUMN_DEFAULT("column default"),
    COLUMN_IDENTITY("column identity"),
    MISSING_CONSTRAINT("missing constraint"),
    EXTRA_CONSTRAINT("extra constraint"),
    CONSTRAINT_DEFINITION("constraint definition"),
    CONSTRAINT_NAME("constraint name"),
    FOREIGN_KEY_DEFERRABILITY("foreign key deferrability"),
    MISSING_INDEX("missing index"),
    EXTRA_INDEX("extra index"),
    INDEX_DEFINITION("index definition"),
    INDEX_NAME("index name"),
    MISSING_VIEW("missing view"),
    EXTRA_VIEW("extra view"),
    VIEW_DEFINITION("view definition"),
    MISSING_FUNCTION("missing function"),
    EXTRA_FUNCTION("extra function"),
    FUNCTION_DEFINITION("function definition");

    private final String words;

    DifferenceKind(String words) {
        this.words = words;
    }

    /** The kind as the summary and the JSON report name it, e.g. {@code column type}. */
    public String words() {
        return words;
    }
}
