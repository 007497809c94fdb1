package org.openimis.schema.copy;

import org.hibernate.type.SqlTypes;
import org.openimis.schema.jdbc.CopyLine;
import org.openimis.schema.jdbc.CopyText;
import org.openimis.schema.model.ColumnModel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads one column of a source row and appends it to a COPY line in the target column's type. Every value is written
 * exactly, or changed under a named {@link ValueChange} policy and counted, or the copy fails naming table, column and
 * row key (never the value of a secret column).
 */
final class ColumnCodec {

    /** How the type cast table of the README reads: target type, source read, what is written. */
    enum Kind { INTEGER, BOOLEAN, BIT, NUMERIC, TEXT, UUID, DATE, TIMESTAMPTZ, LOCAL_TIMESTAMP_AS_TZ, TIMESTAMP, BYTEA }

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    private final String table;
    private final ColumnModel target;
    private final Kind kind;
    private final boolean sourceHasTime;
    private final boolean sourceFractional;
    private final boolean uuidText;
    private final Integer paddedLength;
    private final ZoneId sourceZone;
    private final NulPolicy nulPolicy;
    private final String nulSetting;
    private final LegacyConvention convention;
    private final boolean secret;
    private final Map<ValueChange, Long> changes = new EnumMap<>(ValueChange.class);

    ColumnCodec(String table, ColumnModel target, SourceColumn source, CopyOptions options) {
        this.table = table;
        this.target = target;
        this.kind = kindOf(target, source);
        this.sourceHasTime = source.jdbcType() == Types.TIMESTAMP || source.jdbcType() == Types.TIMESTAMP_WITH_TIMEZONE;
        this.sourceFractional = fractional(source);
        this.uuidText = target.name().toUpperCase(Locale.ROOT).endsWith("UUID");
        this.paddedLength = target.ddlType().startsWith("char(") ? target.length().intValue() : null;
        this.sourceZone = options.sourceTimeZone();
        this.nulPolicy = options.nulCharacters();
        this.nulSetting = options.setting("nulCharacters");
        this.convention = options.legacyConventions() ? LegacyConvention.of(table, target.name()).orElse(null) : null;
        this.secret = SecretColumns.isSecret(target.name());
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

    /**
     * Whether a source column's numbers may have a fraction (or be NaN): decimals with a scale, PostgreSQL's
     * unconstrained numeric (no precision, or the driver's 1000), floating point.
     */
    static boolean fractional(SourceColumn source) {
        return switch (source.jdbcType()) {
            case Types.DECIMAL, Types.NUMERIC -> source.decimalDigits() != 0 || source.size() <= 0 || source.size() >= 1000;
            case Types.FLOAT, Types.REAL, Types.DOUBLE -> true;
            default -> false;
        };
    }

    /** The values this column changed under a policy, per policy. */
    List<ValueChangeCount> changes() {
        List<ValueChangeCount> counts = new ArrayList<>();
        changes.forEach((change, count) -> counts.add(new ValueChangeCount(target.name(), change, count)));
        return counts;
    }

    /** Appends the value at {@code index} of the current row; {@code key} names the row in error messages. */
    void append(ResultSet row, int index, CopyLine line, RowKey key) throws SQLException {
        switch (kind) {
            case INTEGER -> appendInteger(row, index, line, key);
            case BOOLEAN -> {
                boolean value = row.getBoolean(index);
                line.append(row.wasNull() ? CopyText.NULL : value ? "t" : "f");
            }
            case BIT -> {
                boolean value = row.getBoolean(index);
                line.append(row.wasNull() ? CopyText.NULL : value ? "1" : "0");
            }
            case NUMERIC -> appendNumeric(row.getBigDecimal(index), line, key);
            case UUID -> appendUuid(row.getString(index), line, key);
            case DATE -> appendDate(row, index, line, key);
            case TIMESTAMP -> {
                LocalDateTime value = row.getObject(index, LocalDateTime.class);
                if (value == null) {
                    line.append(CopyText.NULL);
                } else {
                    line.appendTimestamp(inRange(microseconds(value), key));
                }
            }
            case TIMESTAMPTZ -> {
                OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
                if (value == null) {
                    line.append(CopyText.NULL);
                } else {
                    line.appendTimestampTz(inRange(microseconds(value), key));
                }
            }
            case LOCAL_TIMESTAMP_AS_TZ -> {
                LocalDateTime value = row.getObject(index, LocalDateTime.class);
                if (value == null) {
                    line.append(CopyText.NULL);
                } else {
                    line.appendTimestampTz(placed(inRange(microseconds(value), key), key));
                }
            }
            case BYTEA -> {
                byte[] value = row.getBytes(index);
                if (value == null) {
                    line.append(CopyText.NULL);
                } else {
                    line.appendBytea(value);
                }
            }
            case TEXT -> appendText(row.getString(index), line, key);
        }
    }

    private void appendInteger(ResultSet row, int index, CopyLine line, RowKey key) throws SQLException {
        if (sourceFractional) {
            BigDecimal exact = row.getBigDecimal(index);
            if (exact != null && exact.stripTrailingZeros().scale() > 0) {
                throw fails(key, "the value " + shown(exact.toPlainString()) + " is no whole number for " + target.ddlType()
                        + " (the copier does not round)");
            }
        }
        long value = row.getLong(index);
        if (row.wasNull()) {
            line.append(CopyText.NULL);
        } else if (convention != null && value == convention.value()) {
            changed(ValueChange.LEGACY_CONVENTION);
            line.append(CopyText.NULL);
        } else {
            long limit = target.sqlTypeCode() == SqlTypes.SMALLINT || target.sqlTypeCode() == SqlTypes.TINYINT
                    ? Short.MAX_VALUE : target.sqlTypeCode() == SqlTypes.INTEGER ? Integer.MAX_VALUE : Long.MAX_VALUE;
            if (value > limit || value < -limit - 1) {
                throw fails(key, "the value " + shown(Long.toString(value)) + " is out of the range of " + target.ddlType());
            }
            line.append(value);
        }
    }

    private void appendNumeric(BigDecimal value, CopyLine line, RowKey key) {
        if (value == null) {
            line.append(CopyText.NULL);
            return;
        }
        BigDecimal scaled = value;
        if (target.scale() != null) {
            try {
                scaled = value.setScale(target.scale(), RoundingMode.UNNECESSARY);
            } catch (ArithmeticException e) {
                throw fails(key, "the value " + shown(value.toPlainString()) + " has more decimals than "
                        + target.ddlType() + " holds (the copier does not round)");
            }
        }
        if (target.precision() != null && scaled.precision() - scaled.scale() > target.precision() - target.scale()) {
            throw fails(key, "the value " + shown(value.toPlainString()) + " does not fit " + target.ddlType());
        }
        line.append(scaled.toPlainString());
    }

    private void appendUuid(String value, CopyLine line, RowKey key) {
        if (value == null) {
            line.append(CopyText.NULL);
            return;
        }
        try {
            line.append(UUID.fromString(value.strip()).toString());
        } catch (IllegalArgumentException e) {
            throw fails(key, "the value " + shown(value) + " is no UUID");
        }
    }

    private void appendDate(ResultSet row, int index, CopyLine line, RowKey key) throws SQLException {
        LocalDate date;
        if (sourceHasTime) {
            LocalDateTime value = row.getObject(index, LocalDateTime.class);
            if (value != null && !value.toLocalTime().equals(LocalTime.MIDNIGHT)) {
                changed(ValueChange.TIME_OF_DAY_DROPPED);
            }
            date = value == null ? null : value.toLocalDate();
        } else {
            date = row.getObject(index, LocalDate.class);
        }
        line.append(date == null ? CopyText.NULL : inRange(date, key).toString());
    }

    /** The value itself; one finer than microseconds is counted, as CopyLine rounds it to PostgreSQL's precision. */
    private <T extends TemporalAccessor> T microseconds(T value) {
        if (value.get(ChronoField.NANO_OF_SECOND) % 1000 != 0) {
            changed(ValueChange.SUB_MICROSECOND_ROUNDED);
        }
        return value;
    }

    /** A zone-less source time placed in the source time zone: a DST gap fails, an overlap takes the earlier offset. */
    private OffsetDateTime placed(LocalDateTime value, RowKey key) {
        List<ZoneOffset> offsets = sourceZone.getRules().getValidOffsets(value);
        if (offsets.isEmpty()) {
            throw fails(key, "the local time " + value + " does not exist in " + sourceZone + " (it falls in a daylight "
                    + "saving gap): is the source time zone right?");
        }
        if (offsets.size() > 1) {
            changed(ValueChange.DST_OVERLAP_EARLIER_OFFSET);
        }
        return value.atOffset(offsets.get(0));
    }

    /** A date-time PostgreSQL and the copier both hold exactly: years 1 to 9999 (no infinity, no BC). */
    private <T extends TemporalAccessor> T inRange(T value, RowKey key) {
        int year = value.get(ChronoField.YEAR);
        if (year < 1 || year > 9999) {
            throw fails(key, "the date " + (value instanceof LocalDate d && d.equals(LocalDate.MAX) ? "infinity" : value)
                    + " lies outside the years 1 to 9999 the copier writes (infinity or BC in the source?)");
        }
        return value;
    }

    private void appendText(String value, CopyLine line, RowKey key) {
        if (value == null) {
            line.append(CopyText.NULL);
            return;
        }
        if (value.indexOf('\0') >= 0) {
            value = unwritable(value, value.replace("\0", ""), ValueChange.NUL_STRIPPED, "NUL characters", key);
        }
        int surrogate = unpairedSurrogate(value);
        if (surrogate >= 0) {
            value = unwritable(value, withoutUnpairedSurrogates(value), ValueChange.SURROGATE_STRIPPED,
                    "an unpaired UTF-16 surrogate (U+" + Integer.toHexString(value.charAt(surrogate)).toUpperCase(Locale.ROOT)
                            + " at character " + (surrogate + 1) + ")", key);
        }
        if (uuidText && value.length() == 36 && hasUpperCase(value) && UUID_TEXT.matcher(value).matches()) {
            changed(ValueChange.UUID_LOWER_CASED);
            value = value.toLowerCase(Locale.ROOT);
        }
        if (target.length() != null) {
            int length = value.codePointCount(0, value.length());
            if (paddedLength != null && length < paddedLength) {
                value = value + " ".repeat(paddedLength - length);
            } else if (paddedLength != null && length > paddedLength && value.stripTrailing().length() <= paddedLength) {
                value = value.stripTrailing();
            } else if (length > target.length()) {
                throw fails(key, "a value of " + length + " characters is longer than " + target.ddlType() + " allows"
                        + (secret ? "" : ": '" + abbreviated(value) + "'"));
            }
        }
        line.appendEscaped(value);
    }

    private String unwritable(String value, String cleaned, ValueChange change, String what, RowKey key) {
        if (nulPolicy == NulPolicy.FAIL) {
            throw fails(key, "the text holds " + what + ", which PostgreSQL cannot store. Set " + nulSetting
                    + "=strip to remove them (the values changed are counted in the report), or clean the source");
        }
        changed(change);
        return cleaned;
    }

    private static boolean hasUpperCase(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }

    private static int unpairedSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String withoutUnpairedSurrogates(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        value.codePoints().filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private void changed(ValueChange change) {
        changes.merge(change, 1L, Long::sum);
    }

    private CopyException fails(RowKey key, String problem) {
        return new CopyException(table + "." + target.name() + " at " + key + ": " + problem + ".");
    }

    /** A value for a message, unless the column holds secrets. */
    private String shown(String value) {
        return secret ? "(secret, not shown)" : value;
    }

    private static String abbreviated(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
