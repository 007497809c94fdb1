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

    /** A time still to go, rounded to what a reader needs: {@code 45 s}, {@code 2 min 44 s}, {@code 1 h 05 min}. */
    public static String remaining(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
