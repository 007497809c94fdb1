package org.openimis.schema.log;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessagesTest {

    @Test
    void sentencesAreJoinedWithOneFullStop() {
        assertEquals("Cannot connect. Nothing was committed.", Messages.then("Cannot connect", "Nothing was committed."));
        assertEquals("Cannot connect. Nothing was committed.", Messages.then("Cannot connect.", "Nothing was committed."));
        assertEquals("Cannot connect. Nothing was committed.", Messages.then("Cannot connect.. ", "Nothing was committed."));
        assertEquals("Is it running? Nothing was committed.", Messages.then("Is it running?", "Nothing was committed."));
        assertEquals("Nothing was committed.", Messages.then(null, "Nothing was committed."));
    }

    @Test
    void aFailureEndsWithWhatWasCommittedOnce() {
        assertEquals("Bad value. Nothing was committed.", Messages.endingWith("Bad value.", "Nothing was committed."));
        assertEquals("Bad value. Nothing was committed.",
                Messages.endingWith("Bad value. Nothing was committed.", "Nothing was committed."));
        assertEquals("Cannot write the report. The copy itself was committed: 5 rows.",
                Messages.endingWith("Cannot write the report. The copy itself was committed: 5 rows.", "Nothing was committed."));
        assertEquals("Nothing was committed earlier. Then it failed. Nothing was committed.",
                Messages.endingWith("Nothing was committed earlier. Then it failed.", "Nothing was committed."));
    }

    @Test
    void remainingTimesAreRoundedForReading() {
        assertEquals("45 s", Durations.remaining(44.6));
        assertEquals("2 min 44 s", Durations.remaining(164));
        assertEquals("1 h 05 min", Durations.remaining(3900));
    }
}
