package org.openimis.schema.verify;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnTypesTest {

    @Test
    void widerTypesKeepEveryValue() {
        assertTrue(ColumnTypes.widens("character varying(12)", "character varying(50)"));
        assertTrue(ColumnTypes.widens("character varying(12)", "character varying"));
        assertTrue(ColumnTypes.widens("character varying(12)", "text"));
        assertTrue(ColumnTypes.widens("smallint", "integer"));
        assertTrue(ColumnTypes.widens("integer", "bigint"));
        assertTrue(ColumnTypes.widens("numeric(18,2)", "numeric(20,4)"));
        assertTrue(ColumnTypes.widens("numeric(18,2)", "numeric"));
    }

    @Test
    void narrowerOrOtherTypesMayNot() {
        assertFalse(ColumnTypes.widens("character varying(50)", "character varying(12)"));
        assertFalse(ColumnTypes.widens("text", "character varying(50)"));
        assertFalse(ColumnTypes.widens("bigint", "integer"));
        assertFalse(ColumnTypes.widens("numeric(18,2)", "numeric(18,4)"));
        assertFalse(ColumnTypes.widens("numeric", "numeric(18,2)"));
        assertFalse(ColumnTypes.widens("timestamp(6) with time zone", "date"));
        assertFalse(ColumnTypes.widens("character varying(36)", "uuid"));
    }
}
