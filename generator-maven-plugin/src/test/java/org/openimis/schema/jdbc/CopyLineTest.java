package org.openimis.schema.jdbc;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The hand-written COPY line encoder against the JDK's own encoder and formatters, and the line hash. */
class CopyLineTest {

    private final Random random = new Random(20261201);

    @Test
    void utf8EncodingEqualsTheJdksForEveryKindOfCharacter() {
        for (int n = 0; n < 20_000; n++) {
            String text = randomText();
            CopyLine line = new CopyLine().append(text);
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Arrays.copyOf(line.bytes(), line.length()), text);
        }
    }

    @Test
    void anUnpairedSurrogateIsRefusedNotReplaced() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CopyLine().append("a\uD800b"));
        assertEquals("the text holds an unpaired UTF-16 surrogate (U+D800 at position 2), which PostgreSQL cannot store",
                e.getMessage());
    }

    @Test
    void timestampsAreWrittenAsTheJdkFormatsThemWithTrailingFractionZerosDropped() {
        DateTimeFormatter reference = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);
        for (int n = 0; n < 20_000; n++) {
            LocalDateTime value = LocalDateTime.of(1 + random.nextInt(9999), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60),
                    random.nextBoolean() ? 0 : random.nextInt(1_000_000) * 1000);
            String expected = reference.format(value).replaceAll("\\.?0+$", "");
            if (value.getNano() == 0) {
                expected = reference.format(value).substring(0, 19);
            }
            assertEquals(expected, new CopyLine().appendTimestamp(value).toString());
        }
    }

    @Test
    void escapingLeavesPlainTextAloneAndEscapesWhatCopyWouldRead() {
        CopyLine line = new CopyLine().appendEscaped("plain ñ 日本").appendEscaped("|a\\b\tc\nd\re\u000Bf\bg\fh\u0001😀");
        assertEquals("plain ñ 日本|a\\\\b\\tc\\nd\\re\\vf\\bg\\fh\u0001😀", line.toString());
        assertThrows(IllegalArgumentException.class, () -> new CopyLine().appendEscaped("x\uDC00"));
    }

    @Test
    void wholeNumbersAreWrittenAsJavaWritesThem() {
        for (long value : new long[] {0, 7, -7, 10, 2147483647, -2147483648, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertEquals(Long.toString(value), new CopyLine().append(value).toString());
        }
        for (int n = 0; n < 20_000; n++) {
            long value = random.nextLong() >> random.nextInt(64);
            assertEquals(Long.toString(value), new CopyLine().append(value).toString());
        }
    }

    @Test
    void byteaIsWrittenInEscapedHex() {
        assertEquals("\\\\x00ff7f80", new CopyLine().appendBytea(new byte[] {0, -1, 127, -128}).toString());
    }

    @Test
    void changingAnyOneByteOfALineChangesItsHash() {
        for (int n = 0; n < 2_000; n++) {
            byte[] line = randomText().getBytes(StandardCharsets.UTF_8);
            if (line.length == 0) {
                continue;
            }
            long hash = CopyText.hash(line, 0, line.length);
            int at = random.nextInt(line.length);
            line[at] ^= (byte) (1 << random.nextInt(8));
            assertNotEquals(hash, CopyText.hash(line, 0, line.length), "byte " + at + " of " + line.length);
            assertNotEquals(hash, CopyText.hash(Arrays.copyOf(line, line.length + 1), 0, line.length + 1));
        }
    }

    /** Up to 40 code points over all planes, ASCII-heavy like real data, surrogates only in pairs. */
    private String randomText() {
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(40);
        for (int i = 0; i < count; i++) {
            int codePoint = switch (random.nextInt(4)) {
                case 0, 1 -> random.nextInt(0x80);
                case 2 -> random.nextInt(0xD800);
                default -> 0x10000 + random.nextInt(0x10FFFF - 0x10000);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }
}
