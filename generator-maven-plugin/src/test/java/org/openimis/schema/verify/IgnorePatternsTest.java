package org.openimis.schema.verify;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IgnorePatternsTest {

    private static Difference named(String name) {
        return new Difference(DifferenceKind.EXTRA_COLUMN, "t", name, name, "", List.of());
    }

    @Test
    void patternsMatchWholeNamesWithWildcards() {
        IgnorePatterns patterns = IgnorePatterns.of(" tblInsuree.Local* , ix_report_?, uvwMine");
        assertTrue(patterns.matches(named("tblInsuree.LocalNote")));
        assertTrue(patterns.matches(named("ix_report_1")));
        assertTrue(patterns.matches(named("uvwMine")));
        assertFalse(patterns.matches(named("ix_report_12")));
        assertFalse(patterns.matches(named("tblInsuree.localNote")), "names are case-sensitive, as PostgreSQL's quoted ones");
        assertFalse(patterns.matches(named("uvwMine2")));
        assertEquals("tblInsuree.Local*,ix_report_?,uvwMine", patterns.toString());
    }

    @Test
    void noSettingIgnoresNothingAndDotsAreLiteral() {
        assertFalse(IgnorePatterns.of(null).matches(named("anything")));
        assertFalse(IgnorePatterns.of(" ").matches(named("anything")));
        assertFalse(IgnorePatterns.of("a.b").matches(named("axb")));
    }
}
