package org.openimis.schema.copy;

/**
 * The named policies under which the copier writes a value other than the source's; each change is counted per
 * column and reported at WARN level. Every other value is written exactly, or the copy fails naming table, column and
 * row key.
 */
public enum ValueChange {
    /** A date-time with a time of day written into a date column: the time of day is dropped. */
    TIME_OF_DAY_DROPPED("time of day dropped (date column)"),
    /** A zone-less local time that occurs twice in the source time zone (DST overlap): the earlier offset is taken. */
    DST_OVERLAP_EARLIER_OFFSET("ambiguous local time (DST overlap) placed at the earlier offset"),
    /** NUL characters removed from text (nulCharacters=strip). */
    NUL_STRIPPED("NUL characters removed (nulCharacters=strip)"),
    /** Unpaired UTF-16 surrogates removed from text (nulCharacters=strip): UTF-8 cannot hold them. */
    SURROGATE_STRIPPED("unpaired UTF-16 surrogates removed (nulCharacters=strip)"),
    /** A UUID held as text written in lower case, as PostgreSQL writes UUIDs. */
    UUID_LOWER_CASED("UUID text lower-cased"),
    /** A date-time finer than PostgreSQL's microseconds (SQL Server datetime2(7)) rounded to the nearest microsecond. */
    SUB_MICROSECOND_ROUNDED("rounded to microseconds (PostgreSQL's precision)"),
    /** A legacy "none" value (tblClaim.FeedbackID = 0) written as NULL. */
    LEGACY_CONVENTION("legacy 'none' value written as NULL");

    private final String description;

    ValueChange(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
