package org.openimis.schema.settings;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PropertyCheckTest {

    private final PropertyCheck copyData = new PropertyCheck("openimis.", Set.of("openimis.test."),
            Set.of("openimis.copy.dryRun", "openimis.copy.historical", "openimis.copy.tables", "openimis.target.url",
                    "openimis.skip"),
            Set.of("openimis.url", "openimis.apply.mode", "openimis.outputDirectory"));

    @Test
    void theRunningGoalsPropertiesPass() {
        PropertyCheck.Findings findings = copyData.check(Set.of("openimis.copy.dryRun", "openimis.target.url"));
        assertEquals(List.of(), findings.errors());
        assertEquals(List.of(), findings.warnings());
    }

    @Test
    void aMisspeltPropertyFailsWithTheClosestKnownName() {
        PropertyCheck.Findings findings = copyData.check(Set.of("openimis.copy.dryrun", "openimis.copy.histrical"));
        assertEquals(List.of(
                "openimis.copy.dryrun is not a setting of this plugin: did you mean openimis.copy.dryRun?",
                "openimis.copy.histrical is not a setting of this plugin: did you mean openimis.copy.historical?"),
                findings.errors());
    }

    @Test
    void aPropertyNothingIsCloseToFailsWithoutSuggestion() {
        assertEquals(List.of("openimis.frobnicate.everything is not a setting of this plugin"),
                copyData.check(Set.of("openimis.frobnicate.everything")).errors());
    }

    @Test
    void aPropertyOfAnotherGoalIsAWarning() {
        PropertyCheck.Findings findings = copyData.check(Set.of("openimis.apply.mode"));
        assertEquals(List.of(), findings.errors());
        assertEquals(List.of("openimis.apply.mode is not a setting of this goal (another goal of the plugin uses it): ignored"),
                findings.warnings());
    }

    @Test
    void otherNamespacesAndIgnoredPrefixesAreNotChecked() {
        PropertyCheck.Findings findings = copyData.check(Set.of("maven.repo.local", "skipTests", "openimis.test.url"));
        assertEquals(List.of(), findings.errors());
        assertEquals(List.of(), findings.warnings());
    }

    @Test
    void aSlipInAnotherGoalsPropertySuggestsIt() {
        assertEquals(Optional.of("openimis.apply.mode"), copyData.closest("openimis.apply.mod"));
    }

    @Test
    void distanceIgnoresCase() {
        assertEquals(0, PropertyCheck.distance("dryrun", "dryRun"));
        assertEquals(1, PropertyCheck.distance("histrical", "historical"));
        assertEquals(3, PropertyCheck.distance("kitten", "sitting"));
    }
}
