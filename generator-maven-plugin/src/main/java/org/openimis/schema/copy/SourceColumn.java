package org.openimis.schema.copy;

/**
 * A column of a source table as JDBC metadata describes it.
 *
 * @param size the maximum length of a text column or the precision of a number (0 where the driver says nothing)
 * @param decimalDigits the scale of a number, or the fractional second digits of a date-time
 */
record SourceColumn(String name, String typeName, int jdbcType, boolean nullable, int size, int decimalDigits) {

    /** SQL Server's rowversion (metadata type "timestamp", binary), which is no date-time and is not copied. */
    boolean isRowVersion(SourceKind kind) {
        return kind == SourceKind.SQLSERVER
                && (typeName.equalsIgnoreCase("timestamp") || typeName.equalsIgnoreCase("rowversion"))
                && (jdbcType == java.sql.Types.BINARY || jdbcType == java.sql.Types.VARBINARY);
    }

    /** Whether date-times of this column carry their zone or offset. */
    boolean hasTimeZone() {
        String type = typeName.toLowerCase(java.util.Locale.ROOT);
        return type.contains("timestamptz") || type.contains("with time zone") || type.contains("datetimeoffset");
    }
}
