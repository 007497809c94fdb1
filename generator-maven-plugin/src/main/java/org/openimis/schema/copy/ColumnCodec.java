package org.openimis.schema.copy;

import org.openimis.schema.jdbc.CopyText;
import org.openimis.schema.model.ColumnModel;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads one column of a source row and appends it to a COPY line in the target column's type, normalized:
 * UUIDs lower-cased, zone-less date-times placed in the source time zone, numbers at the target scale, text checked
 * against the target length and for NUL characters. Values that do not fit stop the copy, naming column and row.
 */
final class ColumnCodec {

    /** How the type cast table of the README reads: target type, source read, what is written. */
    enum Kind { INTEGER, BOOLEAN, BIT, NUMERIC, TEXT, UUID, DATE, TIMESTAMPTZ, LOCAL_TIMESTAMP_AS_TZ, TIMESTAMP, BYTEA }

    private final String table;
    private final ColumnModel target;
    private final Kind kind;
    private final boolean lowerCase;
    private final Integer paddedLength;
    private final ZoneId sourceZone;
    private final NulPolicy nulPolicy;
    private final String nulSetting;
    private long nulStripped;

    ColumnCodec(String table, ColumnModel target, SourceColumn source, CopyOptions options) {
        this.table = table;
        this.target = target;
        this.kind = kindOf(target, source);
        this.lowerCase = target.name().toUpperCase(Locale.ROOT).endsWith("UUID");
        this.paddedLength = target.ddlType().startsWith("char(") ? target.length().intValue() : null;
        this.sourceZone = options.sourceTimeZone();
        this.nulPolicy = options.nulCharacters();
        this.nulSetting = options.setting("nulCharacters");
    }

    static Kind kindOf(ColumnModel target, SourceColumn source) {
        return switch (target.sqlTypeCode()) {
            case SqlTypes.INTEGER, SqlTypes.SMALLINT, SqlTypes.TINYINT, SqlTypes.BIGINT -> Kind.INTEGER;
            case SqlTypes.BOOLEAN -> Kind.BOOLEAN;
            case SqlTypes.BIT -> Kind.BIT;
            case SqlTypes.NUMERIC, SqlTypes.DECIMAL -> Kind.NUMERIC;
            case SqlTypes.UUID -> Kind.UUID;
            case SqlTypes.DATE -> Kind.DATE;
            case SqlTypes.TIMESTAMP -> Kind.TIMESTAMP;
            case SqlTypes.TIMESTAMP_WITH_TIMEZONE, SqlTypes.TIMESTAMP_UTC ->
                    source.hasTimeZone() ? Kind.TIMESTAMPTZ : Kind.LOCAL_TIMESTAMP_AS_TZ;
            case SqlTypes.VARBINARY, SqlTypes.BINARY, SqlTypes.LONG32VARBINARY -> Kind.BYTEA;
            default -> Kind.TEXT;
        };
    }

    long nulStripped() {
        return nulStripped;
    }

    /** Appends the value at {@code index} of the current row; {@code key} names the row in error messages. */
    void append(ResultSet row, int index, StringBuilder line, RowKey key) throws SQLException {
        switch (kind) {
            case INTEGER -> {
                long value = row.getLong(index);
                line.append(row.wasNull() ? CopyText.NULL : Long.toString(value));
            }
            case BOOLEAN -> {
                boolean value = row.getBoolean(index);
                line.append(row.wasNull() ? CopyText.NULL : value ? "t" : "f");
            }
            case BIT -> {
                boolean value = row.getBoolean(index);
                line.append(row.wasNull() ? CopyText.NULL : value ? "1" : "0");
            }
            case NUMERIC -> appendNumeric(row.getBigDecimal(index), line, key);
            case UUID -> {
                String value = row.getString(index);
                line.append(value == null ? CopyText.NULL : java.util.UUID.fromString(value.strip()).toString());
            }
            case DATE -> {
                LocalDate value = row.getObject(index, LocalDate.class);
                line.append(value == null ? CopyText.NULL : value.toString());
            }
            case TIMESTAMP -> {
                LocalDateTime value = row.getObject(index, LocalDateTime.class);
                if (value == null) {
                    line.append(CopyText.NULL);
                } else {
                    CopyText.appendTimestamp(line, value);
                }
            }
            case TIMESTAMPTZ -> {
                OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
                if (value == null) {
                    line.append(CopyText.NULL);
                } else {
                    CopyText.appendTimestampTz(line, value);
                }
            }
            case LOCAL_TIMESTAMP_AS_TZ -> {
                LocalDateTime value = row.getObject(index, LocalDateTime.class);
                if (value == null) {
                    line.append(CopyText.NULL);
                } else {
                    CopyText.appendTimestampTz(line, value.atZone(sourceZone).toOffsetDateTime());
                }
            }
            case BYTEA -> {
                byte[] value = row.getBytes(index);
                if (value == null) {
                    line.append(CopyText.NULL);
                } else {
                    CopyText.appendBytea(line, value);
                }
            }
            case TEXT -> appendText(row.getString(index), line, key);
        }
    }

    private void appendNumeric(BigDecimal value, StringBuilder line, RowKey key) {
        if (value == null) {
            line.append(CopyText.NULL);
            return;
        }
        BigDecimal scaled = target.scale() == null ? value : value.setScale(target.scale(), RoundingMode.HALF_UP);
        if (target.precision() != null && scaled.precision() - scaled.scale() > target.precision() - target.scale()) {
            throw new CopyException(table + "." + target.name() + " at " + key + ": " + value.toPlainString()
                    + " does not fit " + target.ddlType() + ".");
        }
        line.append(scaled.toPlainString());
    }

    private void appendText(String value, StringBuilder line, RowKey key) {
        if (value == null) {
            line.append(CopyText.NULL);
            return;
        }
        if (value.indexOf('\0') >= 0) {
            if (nulPolicy == NulPolicy.FAIL) {
                throw new CopyException(table + "." + target.name() + " at " + key + ": the text holds NUL characters, "
                        + "which PostgreSQL cannot store. Set " + nulSetting + "=strip to remove them (the "
                        + "values changed are counted in the report), or clean the source.");
            }
            value = value.replace("\0", "");
            nulStripped++;
        }
        if (lowerCase) {
            value = value.toLowerCase(Locale.ROOT);
        }
        if (target.length() != null) {
            int length = value.codePointCount(0, value.length());
            if (paddedLength != null && length < paddedLength) {
                value = value + " ".repeat(paddedLength - length);
            } else if (paddedLength != null && length > paddedLength && value.stripTrailing().length() <= paddedLength) {
                value = value.stripTrailing();
            } else if (length > target.length()) {
                throw new CopyException(table + "." + target.name() + " at " + key + ": a value of " + length
                        + " characters is longer than " + target.ddlType() + " allows: '" + abbreviated(value) + "'.");
            }
        }
        CopyText.appendEscaped(line, value);
    }

    private static String abbreviated(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
