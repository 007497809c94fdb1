package org.openimis.schema.model;

/**
 * A column of an entity table as the target PostgreSQL has it.
 *
 * @param sqlTypeCode the JDBC type code ({@link org.hibernate.type.SqlTypes})
 * @param ddlType the PostgreSQL type as the DDL writes it, e.g. {@code varchar(12)}, {@code numeric(18,2)}
 * @param length the maximum length of a string or binary column, or null where there is none
 * @param identity whether the database generates its values (serial or identity)
 * @param defaultValue the column's SQL default, or null
 */
public record ColumnModel(String name, int sqlTypeCode, String ddlType, Long length, Integer precision,
                          Integer scale, boolean nullable, boolean identity, String defaultValue) {
}
