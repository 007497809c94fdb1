package org.openimis.schema.log;

import java.util.Locale;

/** Elapsed times as the tools print them. */
public final class Durations {

    private Durations() {
    }

    /** Seconds since a {@link System#nanoTime()} reading. */
    public static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Seconds with one decimal, e.g. {@code 12.3 s}. */
    public static String format(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }
}
