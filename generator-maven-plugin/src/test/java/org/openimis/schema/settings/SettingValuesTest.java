package org.openimis.schema.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingValuesTest {

    @Test
    void booleansAreTrueOrFalseInAnyCase() {
        assertTrue(SettingValues.bool("openimis.copy.dryRun", "true"));
        assertTrue(SettingValues.bool("openimis.copy.dryRun", "TRUE"));
        assertFalse(SettingValues.bool("openimis.copy.dryRun", "False"));
        assertFalse(SettingValues.bool("openimis.copy.dryRun", " false "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "banana", "1", "0", "", "on"})
    void anyOtherBooleanIsRefusedNamingTheSetting(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SettingValues.bool("openimis.copy.historical", value));
        assertEquals("openimis.copy.historical must be true or false, not '" + value + "'", e.getMessage());
    }

    @Test
    void listItemsAreTrimmedAndEmptyOnesDropped() {
        assertEquals(List.of("tblGender", "tblLegalForms"), SettingValues.list(List.of("tblGender", " tblLegalForms")));
        assertEquals(List.of("a", "b", "c"), SettingValues.list(List.of(" a , b", "", " c ,")));
        assertEquals(List.of(), SettingValues.list(null));
        assertEquals(List.of(), SettingValues.list(Arrays.asList(null, " ")));
    }
}
