package org.openimis.schema.copy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.hibernate.type.SqlTypes;
import org.openimis.schema.model.ColumnModel;
import org.openimis.schema.testing.TestDatabase;
import org.postgresql.PGConnection;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random values through the copier's value path: read from a source (H2, which like SQL Server's nvarchar holds any
 * UTF-16 string), encoded by {@link ColumnCodec}, written with a real PostgreSQL COPY and read back. Each round trip
 * is exact, or fails with a {@link CopyException} naming table and column: never a silent change.
 */
class CopyValuePropertiesTest {

    private static final String TABLE = "tblProperty";
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
            ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Europe/London"), ZoneId.of("America/Santiago"));

    private static Connection source;
    private static Connection target;

    @BeforeContainer
    static void open() throws SQLException {
        source = DriverManager.getConnection("jdbc:h2:mem:values_" + ProcessHandle.current().pid());
        target = TestDatabase.create("value_properties").connect();
        try (Statement statement = target.createStatement()) {
            statement.execute("set time zone 'UTC'");
            statement.execute("create table v (t text, c varchar(20), n numeric(18,2), tz timestamptz, ts timestamp)");
        }
    }

    @AfterContainer
    static void close() throws SQLException {
        source.close();
        target.close();
    }

    @Property(tries = 300)
    void textOverAllOfUnicodeArrivesExactlyOrIsNamed(@ForAll("unicode") String value) throws Exception {
        roundTrip(column("t", SqlTypes.VARCHAR, "text", null, null, null), value, "t", rows -> rows.getString(1), value);
    }

    @Property(tries = 150)
    void boundedTextArrivesExactlyOrIsNamed(@ForAll("unicode") String value) throws Exception {
        roundTrip(column("c", SqlTypes.VARCHAR, "varchar(20)", 20L, null, null), value, "c", rows -> rows.getString(1), value);
    }

    @Property(tries = 200)
    void numericsAtTheEdgesArriveExactlyOrAreNamed(@ForAll("numerics") BigDecimal value) throws Exception {
        // the documented policy: rounded half-up to the target scale (README, "How values are converted")
        BigDecimal expected = value.setScale(2, RoundingMode.HALF_UP);
        roundTrip(column("n", SqlTypes.NUMERIC, "numeric(18,2)", null, 18, 2), value, "n", rows -> rows.getBigDecimal(1),
                expected);
    }

    /** A source date-time with its offset (PostgreSQL timestamptz, SQL Server datetimeoffset) keeps its instant. */
    @Property(tries = 150)
    void instantsAroundDaylightSavingTransitionsArriveExactly(@ForAll("aroundTransitions") OffsetDateTime value)
            throws Exception {
        roundTrip(column("tz", SqlTypes.TIMESTAMP_WITH_TIMEZONE, "timestamp(6) with time zone", null, null, null),
                value, "tz", rows -> rows.getObject(1, OffsetDateTime.class).toInstant(), value.toInstant());
    }

    /** A zone-less date-time (timestamp) keeps its local value, DST transitions of any zone notwithstanding. */
    @Property(tries = 150)
    void localDateTimesAroundTransitionsArriveExactly(@ForAll("aroundTransitions") OffsetDateTime value) throws Exception {
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
        StringBuilder line = new StringBuilder();
        try (PreparedStatement select = source.prepareStatement("select ?, 1")) {
            select.setObject(1, value);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                RowKey key = new RowKey(List.of("id"), new int[]{2});
                key.at(row);
                SourceColumn sourceColumn = new SourceColumn(name, target.ddlType(), target.sqlTypeCode());
                try {
                    new ColumnCodec(TABLE, target, sourceColumn, CopyOptions.defaults()).append(row, 1, line, key);
                } catch (CopyException e) {
                    assertTrue(e.getMessage().startsWith(TABLE + "." + name + " at id=1: "), e.getMessage());
                    return;
                } catch (IllegalArgumentException e) {
                    // CopyText refuses an unpaired surrogate; the reader names the table (ColumnCodec to name the column)
                    assertTrue(e.getMessage().startsWith("the text holds an unpaired UTF-16 surrogate"), e.getMessage());
                    return;
                }
            }
        }
        Object held;
        try (Statement statement = CopyValuePropertiesTest.target.createStatement()) {
            statement.execute("truncate v");
            CopyValuePropertiesTest.target.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy v (" + name + ") from stdin", new StringReader(line + "\n"));
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

    @Provide
    Arbitrary<String> unicode() {
        Arbitrary<Character> any = Arbitraries.chars().all();
        Arbitrary<Character> tricky = Arbitraries.of('\\', '\t', '\n', '\r', '\b', '\f', '\u000B', '\u0000', '\u007F',
                '\u00A0', '\u2028', '\uFEFF', '\uD83D', '\uDE00', '.', 'N');
        Arbitrary<String> pairs = Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString);
        Arbitrary<String> pieces = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, any.map(String::valueOf)),
                net.jqwik.api.Tuple.of(3, tricky.map(String::valueOf)),
                net.jqwik.api.Tuple.of(2, pairs),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("\\N")));
        return pieces.list().ofMaxSize(30).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<BigDecimal> numerics() {
        Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers().between(
                BigInteger.TEN.pow(19).negate(), BigInteger.TEN.pow(19)).edgeCases(c -> c.includeOnly(
                BigInteger.ZERO, BigInteger.TEN.pow(18).subtract(BigInteger.ONE), BigInteger.TEN.pow(18)));
        return net.jqwik.api.Combinators.combine(unscaled, Arbitraries.integers().between(-2, 6))
                .as(BigDecimal::new);
    }

    /** Instants within two hours of a DST transition of one of several zones, with microsecond precision. */
    @Provide
    Arbitrary<OffsetDateTime> aroundTransitions() {
        return net.jqwik.api.Combinators.combine(Arbitraries.of(ZONES), Arbitraries.integers().between(1990, 2037),
                        Arbitraries.longs().between(-7_200_000_000L, 7_200_000_000L))
                .as((zone, year, micros) -> {
                    Instant yearStart = LocalDateTime.of(year, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
                    ZoneOffsetTransition transition = zone.getRules().nextTransition(yearStart);
                    Instant instant = (transition == null ? yearStart : transition.getInstant()).plus(micros, ChronoUnit.MICROS);
                    return instant.atZone(zone).toOffsetDateTime();
                });
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
