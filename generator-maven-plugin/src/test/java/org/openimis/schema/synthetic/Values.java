package org.openimis.schema.synthetic;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.UUID;

/** Pseudo-random values of each column type, as PostgreSQL text literals (COPY escaping comes later). */
final class Values {

    /** Names and words, many of them non-ASCII. */
    static final String[] WORDS = {"Amani", "Zoé Mňáčková", "Ngʼombe", "Wanjiru Kamau", "Ñandú", "Øyvind Åsheim",
            "Đặng Thị Hương", "Mwanaisha", "Łukasz Żółć", "Kwame Ɔbɛng", "Σωκράτης", "Тарас Шевченко", "محمد علي",
            "李小龍", "Dar es Salaam", "Hôpital Saint-Jean", "Kigali", "Ouagadougou", "Jüri Ümarik", "Nkosazana"};

    /** Texts that need care: COPY escapes, the NULL marker as text, empty and padded strings, surrogate pairs. */
    static final String[] TRICKY = {"tab\there", "line one\nline two", "back\\slash", "C:\\openimis\\photos\\", "\\N",
            "", "  padded  ", "crlf\r\nend", "quote ' and \"double\"", "emoji 🏥💊", "100% _like_", "NULL",
            "comma, semicolon; pipe |"};

    private static final String CODE_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÉÑ";
    private static final String LONG_TEXT = String.join("\n", java.util.Collections.nCopies(60,
            String.join(" ", WORDS)));
    private static final long[] LEAP_DAYS = epochDays("1900-02-28", "1900-03-01", "2000-02-28", "2000-02-29",
            "2000-03-01", "2023-02-28", "2023-03-01", "2024-02-28", "2024-02-29", "2024-03-01");
    private static final long FIRST_DATE = LocalDate.parse("1930-01-01").toEpochDay();
    private static final long LAST_DATE = LocalDate.parse("2025-12-31").toEpochDay();
    /** Generated timestamps lie in [2000, 2024), so that a ValidityTo in 2024 is after every ValidityFrom. */
    static final long FIRST_SECOND = LocalDate.parse("2000-01-01").toEpochDay() * 86_400;
    static final long HISTORY_SECOND = LocalDate.parse("2024-01-01").toEpochDay() * 86_400;
    static final long FUTURE_SECOND = LocalDate.parse("2099-01-01").toEpochDay() * 86_400;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Values() {
    }

    /** A text of at most maxLength characters (null: unlimited); short columns get codes. */
    static String text(SplittableRandom random, Long maxLength) {
        if (maxLength != null && maxLength <= 3) {
            StringBuilder code = new StringBuilder();
            for (int i = 1 + random.nextInt(maxLength.intValue()); i > 0; i--) {
                code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
            }
            return code.toString();
        }
        int roll = random.nextInt(100);
        String text = roll < 10 ? TRICKY[random.nextInt(TRICKY.length)]
                : roll == 10 && maxLength == null ? LONG_TEXT
                : WORDS[random.nextInt(WORDS.length)];
        return fit(text, maxLength);
    }

    /** A text that differs for each index, fitting maxLength. */
    static String unique(long index, Long maxLength) {
        String suffix = Long.toString(index, 36).toUpperCase();
        if (maxLength != null && maxLength < 8) {
            if (suffix.length() > maxLength) {
                throw new IllegalStateException("Cannot make " + (index + 1) + " distinct values of length " + maxLength);
            }
            return suffix;
        }
        String word = WORDS[(int) (index % WORDS.length)] + "-";
        return fit(word, maxLength == null ? null : maxLength - suffix.length()) + suffix;
    }

    /** The first maxLength characters (code points) of a text. */
    static String fit(String text, Long maxLength) {
        if (maxLength == null || text.codePointCount(0, text.length()) <= maxLength) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxLength.intValue()));
    }

    static String smallint(SplittableRandom random) {
        int roll = random.nextInt(100);
        return roll == 0 ? "32767" : roll == 1 ? "-1" : Integer.toString(random.nextInt(100));
    }

    static String integer(SplittableRandom random) {
        int roll = random.nextInt(100);
        return roll == 0 ? "2147483647" : roll == 1 ? "-2147483648" : Integer.toString(random.nextInt(100_000));
    }

    static String bigint(SplittableRandom random) {
        int roll = random.nextInt(100);
        return roll == 0 ? "9223372036854775807" : Long.toString(random.nextLong(1_000_000_000_000L));
    }

    /** A numeric(precision, scale): mostly amounts below a million, sometimes the largest value the column holds. */
    static String numeric(SplittableRandom random, int precision, int scale) {
        int roll = random.nextInt(100);
        long unscaled = roll == 0 ? pow10(precision) - 1
                : random.nextLong(pow10(Math.min(precision - scale, 6) + scale));
        StringBuilder text = new StringBuilder(24);
        if (roll == 1 && unscaled != 0) {
            text.append('-');
        }
        long unit = pow10(scale);
        text.append(unscaled / unit);
        if (scale > 0) {
            String fraction = Long.toString(unscaled % unit);
            text.append('.').append("0".repeat(scale - fraction.length())).append(fraction);
        }
        return text.toString();
    }

    static String bool(boolean value) {
        return value ? "t" : "f";
    }

    /** A date between 1930 and 2025, sometimes around a leap day (including 1900, which has none). */
    static String date(SplittableRandom random) {
        long day = random.nextInt(20) == 0 ? LEAP_DAYS[random.nextInt(LEAP_DAYS.length)]
                : random.nextLong(FIRST_DATE, LAST_DATE + 1);
        return LocalDate.ofEpochDay(day).toString();
    }

    /** A timestamp with microseconds in [from, to) seconds since the epoch, sometimes on a leap day in that range. */
    static String timestamp(SplittableRandom random, long fromSecond, long toSecond, boolean withZone) {
        long second = random.nextLong(fromSecond, toSecond);
        if (random.nextInt(20) == 0) {
            long leapDay = LEAP_DAYS[random.nextInt(LEAP_DAYS.length)] * 86_400 + second % 86_400;
            second = leapDay >= fromSecond && leapDay < toSecond ? leapDay : second;
        }
        int micros = random.nextInt(10) == 0 ? 0 : random.nextInt(1_000_000);
        LocalDateTime time = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
        StringBuilder text = new StringBuilder(32).append(time.getYear()).append('-');
        pad(text, time.getMonthValue(), 2).append('-');
        pad(text, time.getDayOfMonth(), 2).append(' ');
        pad(text, time.getHour(), 2).append(':');
        pad(text, time.getMinute(), 2).append(':');
        pad(text, time.getSecond(), 2).append('.');
        pad(text, micros, 6);
        return withZone ? text.append("+00").toString() : text.toString();
    }

    /** A bytea in hex format, empty now and then. */
    static String bytea(SplittableRandom random) {
        int length = random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(24);
        StringBuilder text = new StringBuilder(2 + 2 * length).append("\\x");
        for (int i = 0; i < length; i++) {
            int b = random.nextInt(256);
            text.append(HEX[b >> 4]).append(HEX[b & 15]);
        }
        return text.toString();
    }

    /** A version-4 UUID that is a function of the seed and the index (distinct for distinct indexes). */
    static String uuid(long seed, long index) {
        long high = mix(seed + index * 0x9E3779B97F4A7C15L);
        long low = mix(high ^ seed);
        return new UUID((high & ~0xF000L) | 0x4000L, (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
    }

    /** The SplitMix64 finaliser: a bijective scramble of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static StringBuilder pad(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }

    private static long pow10(int exponent) {
        long value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }

    private static long[] epochDays(String... dates) {
        long[] days = new long[dates.length];
        for (int i = 0; i < dates.length; i++) {
            days[i] = LocalDate.parse(dates[i]).toEpochDay();
        }
        return days;
    }
}
