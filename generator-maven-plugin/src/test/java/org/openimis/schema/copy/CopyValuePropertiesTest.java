package org.openimis.schema.copy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.hibernate.type.SqlTypes;
import org.openimis.schema.jdbc.CopyLine;
import org.openimis.schema.model.ColumnModel;
import org.openimis.schema.testing.TestDatabase;
import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random values through the copier's value path: read from a source (H2, which like SQL Server's nvarchar holds any
 * UTF-16 string), encoded by {@link ColumnCodec}, written with a real PostgreSQL COPY and read back. Each round trip
 * is exact, or fails with a {@link CopyException} naming table and column: never a silent change. The values come from
 * a seeded generator (the seed is printed; {@code -Dopenimis.test.seed=N} repeats a run), 950 in all.
 */
class CopyValuePropertiesTest {

    private static final String TABLE = "tblProperty";
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
            ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Europe/London"), ZoneId.of("America/Santiago"));

    private static Connection source;
    private static Connection target;

    private static final long SEED = Long.getLong("openimis.test.seed", System.nanoTime());

    @BeforeAll
    static void open() throws SQLException {
        System.out.println("CopyValuePropertiesTest seed: " + SEED + " (repeat with -Dopenimis.test.seed=" + SEED + ")");
        source = DriverManager.getConnection("jdbc:h2:mem:values_" + ProcessHandle.current().pid());
        target = TestDatabase.create("value_properties").connect();
        try (Statement statement = target.createStatement()) {
            statement.execute("set time zone 'UTC'");
            statement.execute("create table v (t text, c varchar(20), n numeric(18,2), tz timestamptz, ts timestamp)");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        source.close();
        target.close();
    }

    @ParameterizedTest
    @MethodSource("unicode")
    void textOverAllOfUnicodeArrivesExactlyOrIsNamed(String value) throws Exception {
        roundTrip(column("t", SqlTypes.VARCHAR, "text", null, null, null), value, "t", rows -> rows.getString(1), value);
    }

    @ParameterizedTest
    @MethodSource("shortUnicode")
    void boundedTextArrivesExactlyOrIsNamed(String value) throws Exception {
        roundTrip(column("c", SqlTypes.VARCHAR, "varchar(20)", 20L, null, null), value, "c", rows -> rows.getString(1), value);
    }

    @ParameterizedTest
    @MethodSource("numerics")
    void numericsAtTheEdgesArriveExactlyOrAreNamed(BigDecimal value) throws Exception {
        // never rounded: more decimals than the scale, or too many digits, is a named error (README)
        roundTrip(column("n", SqlTypes.NUMERIC, "numeric(18,2)", null, 18, 2), value, "n", rows -> rows.getBigDecimal(1),
                value);
    }

    /** A source date-time with its offset (PostgreSQL timestamptz, SQL Server datetimeoffset) keeps its instant. */
    @ParameterizedTest
    @MethodSource("aroundTransitions")
    void instantsAroundDaylightSavingTransitionsArriveExactly(OffsetDateTime value) throws Exception {
        roundTrip(column("tz", SqlTypes.TIMESTAMP_WITH_TIMEZONE, "timestamp(6) with time zone", null, null, null),
                value, "tz", rows -> rows.getObject(1, OffsetDateTime.class).toInstant(), value.toInstant());
    }

    /** A zone-less date-time (timestamp) keeps its local value, DST transitions of any zone notwithstanding. */
    @ParameterizedTest
    @MethodSource("aroundTransitions")
    void localDateTimesAroundTransitionsArriveExactly(OffsetDateTime value) throws Exception {
        LocalDateTime local = value.toLocalDateTime();
        roundTrip(column("ts", SqlTypes.TIMESTAMP, "timestamp(6)", null, null, null), local, "ts",
                rows -> rows.getObject(1, LocalDateTime.class), local);
    }

    private interface Reader {
        Object read(ResultSet rows) throws SQLException;
    }

    /** Encodes the value as the copier does, COPYs it into column {@code name} of v and compares what PostgreSQL holds. */
    private static void roundTrip(ColumnModel target, Object value, String name, Reader reader, Object expected)
            throws Exception {
        CopyLine line = new CopyLine();
        try (PreparedStatement select = source.prepareStatement("select ?, 1")) {
            select.setObject(1, value);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                RowKey key = new RowKey(List.of("id"), new int[]{2});
                key.at(row);
                SourceColumn sourceColumn = new SourceColumn(name, target.ddlType(), target.sqlTypeCode(), true, 0, 0);
                try {
                    new ColumnCodec(TABLE, target, sourceColumn, CopyOptions.defaults()).append(row, 1, line, key);
                } catch (CopyException e) {
                    assertTrue(e.getMessage().startsWith(TABLE + "." + name + " at id=1: "), e.getMessage());
                    return;
                }
            }
        }
        Object held;
        try (Statement statement = CopyValuePropertiesTest.target.createStatement()) {
            statement.execute("truncate v");
            CopyValuePropertiesTest.target.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy v (" + name + ") from stdin",
                            new ByteArrayInputStream(line.append('\n').bytes(), 0, line.length()));
            try (ResultSet rows = statement.executeQuery("select " + name + " from v")) {
                rows.next();
                held = reader.read(rows);
            }
        }
        if (expected instanceof BigDecimal number) {
            assertEquals(0, number.compareTo((BigDecimal) held), () -> value + " arrived as " + held);
        } else {
            assertEquals(expected, held, () -> "'" + escape(Objects.toString(value)) + "' arrived as '"
                    + escape(Objects.toString(held)) + "'");
        }
    }

    private static ColumnModel column(String name, int type, String ddl, Long length, Integer precision, Integer scale) {
        return new ColumnModel(name, type, ddl, length, precision, scale, true, false, null);
    }

    private static final char[] TRICKY = {'\\', '\t', '\n', '\r', '\b', '\f', '\u000B', '\u0000', '\u007F', '\u00A0',
        '\u2028', '\uFEFF', '\uD83D', '\uDE00', '.', 'N'};

    static Stream<String> unicode() {
        return values(300, 1, random -> text(random, 30));
    }

    static Stream<String> shortUnicode() {
        return values(150, 2, random -> text(random, 30));
    }

    /** Pieces of text: any UTF-16 unit, characters COPY escapes, surrogate pairs and halves, the NULL marker. */
    private static String text(Random random, int maxPieces) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(maxPieces + 1);
        for (int i = 0; i < pieces; i++) {
            int kind = random.nextInt(10);
            if (kind < 4) {
                text.append((char) random.nextInt(0x10000));
            } else if (kind < 7) {
                text.append(TRICKY[random.nextInt(TRICKY.length)]);
            } else if (kind < 9) {
                text.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000 + 1));
            } else {
                text.append("\\N");
            }
        }
        return text.toString();
    }

    /** Numbers around numeric(18,2)'s limits: up to 20 digits, scales -2 to 6, the limits themselves. */
    static Stream<BigDecimal> numerics() {
        Stream<BigDecimal> edges = Stream.of(BigDecimal.ZERO, new BigDecimal("9999999999999999.99"),
                new BigDecimal("-9999999999999999.99"), new BigDecimal("10000000000000000.00"), new BigDecimal("0.005"));
        return Stream.concat(edges, values(195, 3, random -> new BigDecimal(
                new BigInteger(64, random).subtract(BigInteger.ONE.shiftLeft(63)), random.nextInt(9) - 2)));
    }

    /** Instants within two hours of a DST transition of one of several zones, with microsecond precision. */
    static Stream<OffsetDateTime> aroundTransitions() {
        return values(150, 4, random -> {
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            Instant yearStart = LocalDateTime.of(1990 + random.nextInt(48), 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
            ZoneOffsetTransition transition = zone.getRules().nextTransition(yearStart);
            long micros = random.nextLong() % 7_200_000_000L;
            Instant instant = (transition == null ? yearStart : transition.getInstant()).plus(micros, ChronoUnit.MICROS);
            return instant.atZone(zone).toOffsetDateTime();
        });
    }

    /** {@code count} values from a generator seeded by the run's seed and the stream's number. */
    private static <T> Stream<T> values(int count, int stream, Function<Random, T> generator) {
        Random random = new Random(SEED * 31 + stream);
        return IntStream.range(0, count).mapToObj(i -> generator.apply(random));
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
