package org.openimis.schema.settings;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EffectiveSettingsTest {

    @Test
    void eachSettingShowsItsValueAndWhetherItIsTheDefault() {
        List<String> lines = EffectiveSettings.describe("openimis:copy-data", List.of(
                new EffectiveSettings.Setting("openimis.target.url", "jdbc:postgresql://db/openimis", null, false),
                new EffectiveSettings.Setting("openimis.target.password", "s3cret", null, true),
                new EffectiveSettings.Setting("openimis.source.password", null, null, true),
                new EffectiveSettings.Setting("openimis.copy.dryRun", "false", "false", false),
                new EffectiveSettings.Setting("openimis.copy.batchSize", "500", "10000", false),
                new EffectiveSettings.Setting("openimis.copy.report", null, null, false)));
        assertEquals(List.of(
                "openimis:copy-data runs with these settings:",
                "  openimis.target.url       jdbc:postgresql://db/openimis",
                "  openimis.target.password  ****** (set, not shown)",
                "  openimis.source.password  (not set)",
                "  openimis.copy.dryRun      false (default)",
                "  openimis.copy.batchSize   500",
                "  openimis.copy.report      (not set)"), lines);
    }

    @Test
    void passwordsInsideJdbcUrlsAreNotShown() {
        assertEquals("jdbc:postgresql://db/openimis?user=a&password=******&ssl=true",
                EffectiveSettings.withoutSecrets("jdbc:postgresql://db/openimis?user=a&password=x&ssl=true"));
        assertEquals("jdbc:sqlserver://legacy;databaseName=imis;Password=******;encrypt=false",
                EffectiveSettings.withoutSecrets("jdbc:sqlserver://legacy;databaseName=imis;Password=pw;encrypt=false"));
        List<String> lines = EffectiveSettings.describe("g", List.of(new EffectiveSettings.Setting("openimis.url",
                "jdbc:postgresql://db/x?password=hidden", null, false)));
        assertEquals("  openimis.url  jdbc:postgresql://db/x?password=******", lines.get(1));
    }

    @Test
    void settingsNamedLikeAPasswordAreSecrets() {
        assertEquals(true, EffectiveSettings.isSecret("openimis.source.password"));
        assertEquals(false, EffectiveSettings.isSecret("openimis.source.user"));
    }
}
