package org.openimis.schema.jdbc;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * PostgreSQL's COPY text format, written exactly as PostgreSQL prints values back (session TimeZone UTC), so that a
 * checksum of the lines sent equals a checksum of the lines {@code COPY ... TO STDOUT} returns.
 */
public final class CopyText {

    public static final String NULL = "\\N";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CopyText() {
    }

    /**
     * Appends text with COPY's backslash escapes (the ones PostgreSQL itself emits). Refuses an unpaired UTF-16
     * surrogate (SQL Server's nvarchar can hold one), which UTF-8 cannot encode and would silently turn into '?'.
     */
    public static void appendEscaped(StringBuilder line, String text) {
        int plain = 0;
        while (plain < text.length() && !special(text.charAt(plain))) {
            plain++;
        }
        if (plain == text.length()) {
            line.append(text);
            return;
        }
        line.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
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

    /** A character that is escaped, or must be looked at as half of a surrogate pair. */
    private static boolean special(char c) {
        return c < ' ' || c == '\\' || Character.isSurrogate(c);
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
        appendDigits(line, micros.getYear(), 4);
        line.append('-');
        appendDigits(line, micros.getMonthValue(), 2);
        line.append('-');
        appendDigits(line, micros.getDayOfMonth(), 2);
        line.append(' ');
        appendDigits(line, micros.getHour(), 2);
        line.append(':');
        appendDigits(line, micros.getMinute(), 2);
        line.append(':');
        appendDigits(line, micros.getSecond(), 2);
        int fraction = micros.getNano() / 1000;
        if (fraction != 0) {
            int digits = 6;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            line.append('.');
            appendDigits(line, fraction, digits);
        }
    }

    /** A non-negative number in ASCII digits, zero-padded to {@code width} (locale-independent, unlike String.format). */
    private static void appendDigits(StringBuilder line, int value, int width) {
        for (int divisor = pow10(width - 1); divisor > 0; divisor /= 10) {
            line.append((char) ('0' + value / divisor % 10));
        }
    }

    private static int pow10(int exponent) {
        int result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= 10;
        }
        return result;
    }

    /**
     * Writes {@code count} characters as UTF-8 into {@code out} from {@code at} (room for three bytes per character
     * needed); returns the end. An unpaired surrogate, which UTF-8 cannot hold, is refused rather than turned into '?'.
     */
    public static int encodeUtf8(char[] chars, int count, byte[] out, int at) {
        for (int i = 0; i < count; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < count && Character.isLowSurrogate(chars[i + 1])) {
                int codePoint = Character.toCodePoint(c, chars[++i]);
                out[at++] = (byte) (0xF0 | codePoint >> 18);
                out[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | codePoint & 0x3F);
            } else {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "an unpaired UTF-16 surrogate (U+%04X) "
                        + "cannot be written as UTF-8", (int) c));
            }
        }
        return at;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long MIX = 0xC2B2AE3D27D4EB4FL;

    /**
     * A 64-bit hash of a line's bytes, eight at a time (every bit of every byte reaches the result): rows are summed
     * into an order-independent table checksum.
     */
    public static long hash(byte[] bytes, int from, int to) {
        long hash = GOLDEN ^ (to - from);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            hash = Long.rotateLeft(hash ^ ((long) LONGS.get(bytes, i) * MIX), 31) * GOLDEN;
        }
        if (i < to) {
            long tail = 0;
            for (int shift = 0; i < to; i++, shift += 8) {
                tail |= (bytes[i] & 0xffL) << shift;
            }
            hash = Long.rotateLeft(hash ^ (tail * MIX), 31) * GOLDEN;
        }
        hash ^= hash >>> 33;
        hash *= 0xFF51AFD7ED558CCDL;
        hash ^= hash >>> 33;
        hash *= 0xC4CEB9FE1A85EC53L;
        return hash ^ (hash >>> 33);
    }
}
