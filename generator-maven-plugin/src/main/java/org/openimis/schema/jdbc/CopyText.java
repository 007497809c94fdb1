package org.openimis.schema.jdbc;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * PostgreSQL's COPY text format, written exactly as PostgreSQL prints values back (session TimeZone UTC), so that a
 * checksum of the lines sent equals a checksum of the lines {@code COPY ... TO STDOUT} returns.
 */
public final class CopyText {

    public static final String NULL = "\\N";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CopyText() {
    }

    /**
     * Appends text with COPY's backslash escapes (the ones PostgreSQL itself emits). Refuses an unpaired UTF-16
     * surrogate (SQL Server's nvarchar can hold one), which UTF-8 cannot encode and would silently turn into '?'.
     */
    public static void appendEscaped(StringBuilder line, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(text.charAt(i - 1)))) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "the text holds an unpaired UTF-16 "
                        + "surrogate (U+%04X at position %d), which PostgreSQL cannot store", (int) c, i + 1));
            }
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\b' -> line.append("\\b");
                case '\f' -> line.append("\\f");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                case '\u000B' -> line.append("\\v");
                default -> line.append(c);
            }
        }
    }

    /** A bytea value in hex form, its backslash escaped for COPY. */
    public static void appendBytea(StringBuilder line, byte[] bytes) {
        line.append("\\\\x");
        for (byte b : bytes) {
            line.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
    }

    /** A timestamptz as PostgreSQL prints it in UTC: {@code 2024-02-29 13:45:00.5+00}. */
    public static void appendTimestampTz(StringBuilder line, OffsetDateTime value) {
        appendTimestamp(line, value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        line.append("+00");
    }

    /** A timestamp without zone as PostgreSQL prints it: microseconds at most, trailing zeros dropped. */
    public static void appendTimestamp(StringBuilder line, LocalDateTime value) {
        LocalDateTime micros = value.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
        line.append(DATE_TIME.format(micros));
        int fraction = micros.getNano() / 1000;
        if (fraction != 0) {
            String digits = String.format(Locale.ROOT, "%06d", fraction);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            line.append('.').append(digits, 0, end);
        }
    }

    /** A 64-bit FNV-1a hash of a line's bytes: rows are summed into an order-independent table checksum. */
    public static long hash(byte[] bytes, int from, int to) {
        long hash = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            hash ^= bytes[i] & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
