package org.openimis.schema.copy;

/** The classes of source value the preflight looks for: each either stops the run or is reported under a policy. */
public enum PreflightCheck {
    NULL_INTO_NOT_NULL("NULL, and the target column is NOT NULL"),
    TOO_LONG("longer than %s allows"),
    OUT_OF_RANGE("out of the range of %s"),
    EXCESS_SCALE("with more decimals than %s holds (the copier does not round)"),
    NOT_A_NUMBER("NaN, which %s cannot hold"),
    DATE_OUT_OF_RANGE("outside the years 1 to 9999 (infinity or BC), which the copier does not write"),
    DST_GAP("local times that do not exist in %s (daylight saving gap): is the source time zone right?"),
    TIME_OF_DAY_DROPPED("with a time of day, dropped in the date column"),
    DST_OVERLAP("local times that occur twice in %s (daylight saving overlap), placed at the earlier offset"),
    LEGACY_CONVENTION("holding %s, written as NULL (legacy convention)"),
    ORPHAN("without parent row%s");

    private final String problem;

    PreflightCheck(String problem) {
        this.problem = problem;
    }

    /** The problem in words, its one blank filled with {@code detail} (a type, a zone, a meaning). */
    String problem(String detail) {
        return problem.formatted(detail);
    }
}
