package org.openimis.schema.jdbc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;

/**
 * One line of PostgreSQL's COPY text format, encoded as UTF-8 bytes as it is appended, every value written exactly as
 * PostgreSQL prints it back (session TimeZone UTC), so that a checksum of the lines sent equals a checksum of the lines
 * {@code COPY ... TO STDOUT} returns. Digits are ASCII whatever the JVM's locale.
 */
public final class CopyLine {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private byte[] bytes = new byte[1024];
    private int length;

    /** Empties the line for the next row. */
    public void clear() {
        length = 0;
    }

    /** The line's bytes, valid up to {@link #length()}. */
    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return length;
    }

    /** A character of COPY's syntax or of a value's ASCII form: tab, digit, letter, punctuation. */
    public CopyLine append(char ascii) {
        room(1);
        bytes[length++] = (byte) ascii;
        return this;
    }

    /** Text that needs no escape (a number, a UUID, a date, the NULL marker), as UTF-8. */
    public CopyLine append(String text) {
        room(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes[length++] = (byte) c;
            } else {
                i = encode(text, i);
            }
        }
        return this;
    }

    /** A whole number in ASCII digits. */
    public CopyLine append(long value) {
        if (value == Long.MIN_VALUE) {
            return append(Long.toString(value));
        }
        room(20);
        if (value < 0) {
            bytes[length++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int at = length + digits - 1; at >= length; at--) {
            bytes[at] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += digits;
        return this;
    }

    /**
     * Text with COPY's backslash escapes (the ones PostgreSQL itself emits). Refuses an unpaired UTF-16 surrogate
     * (SQL Server's nvarchar can hold one), which UTF-8 cannot encode and would silently turn into '?'.
     */
    public CopyLine appendEscaped(String text) {
        room(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x80 && c != '\\') {
                bytes[length++] = (byte) c;
                continue;
            }
            char escape = switch (c) {
                case '\\' -> '\\';
                case '\b' -> 'b';
                case '\f' -> 'f';
                case '\n' -> 'n';
                case '\r' -> 'r';
                case '\t' -> 't';
                case '\u000B' -> 'v';
                default -> 0;
            };
            if (escape != 0) {
                bytes[length++] = '\\';
                bytes[length++] = (byte) escape;
            } else if (c < 0x80) {
                bytes[length++] = (byte) c;
            } else {
                i = encode(text, i);
            }
        }
        return this;
    }

    /** A bytea value in hex form, its backslash escaped for COPY. */
    public CopyLine appendBytea(byte[] value) {
        room(3 + value.length * 2);
        bytes[length++] = '\\';
        bytes[length++] = '\\';
        bytes[length++] = 'x';
        for (byte b : value) {
            bytes[length++] = HEX[(b >> 4) & 0xF];
            bytes[length++] = HEX[b & 0xF];
        }
        return this;
    }

    /** A timestamptz as PostgreSQL prints it in UTC: {@code 2024-02-29 13:45:00.5+00}. */
    public CopyLine appendTimestampTz(OffsetDateTime value) {
        appendTimestamp(value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        return append('+').append('0').append('0');
    }

    /** A timestamp without zone as PostgreSQL prints it: microseconds at most, trailing zeros dropped. */
    public CopyLine appendTimestamp(LocalDateTime value) {
        LocalDateTime micros = value.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
        room(26);
        digits(micros.getYear(), 4);
        bytes[length++] = '-';
        digits(micros.getMonthValue(), 2);
        bytes[length++] = '-';
        digits(micros.getDayOfMonth(), 2);
        bytes[length++] = ' ';
        digits(micros.getHour(), 2);
        bytes[length++] = ':';
        digits(micros.getMinute(), 2);
        bytes[length++] = ':';
        digits(micros.getSecond(), 2);
        int fraction = micros.getNano() / 1000;
        if (fraction != 0) {
            int width = 6;
            while (fraction % 10 == 0) {
                fraction /= 10;
                width--;
            }
            bytes[length++] = '.';
            digits(fraction, width);
        }
        return this;
    }

    /** The line as text (for messages and tests). */
    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /** A non-negative number zero-padded to {@code width} digits; room already made. */
    private void digits(int value, int width) {
        for (int at = length + width - 1; at >= length; at--) {
            bytes[at] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += width;
    }

    /** Encodes the non-ASCII character at {@code i} (a surrogate pair as one); returns the index of its last char. */
    private int encode(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x800) {
            bytes[length++] = (byte) (0xC0 | c >> 6);
            bytes[length++] = (byte) (0x80 | c & 0x3F);
        } else if (!Character.isSurrogate(c)) {
            bytes[length++] = (byte) (0xE0 | c >> 12);
            bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[length++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            int codePoint = Character.toCodePoint(c, text.charAt(++i));
            bytes[length++] = (byte) (0xF0 | codePoint >> 18);
            bytes[length++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
            bytes[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            bytes[length++] = (byte) (0x80 | codePoint & 0x3F);
        } else {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the text holds an unpaired UTF-16 surrogate "
                    + "(U+%04X at position %d), which PostgreSQL cannot store", (int) c, i + 1));
        }
        return i;
    }

    /** Makes room for {@code count} more bytes. */
    private void room(int count) {
        if (length + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
        }
    }
}
