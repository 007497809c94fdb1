package org.openimis.schema.settings;

import org.openimis.schema.jdbc.ConnectionSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The settings a goal runs with, as it prints them before it starts: each value, and whether it is the default. */
public final class EffectiveSettings {

    /** Where a value comes from. */
    public enum Origin {
        DEFAULT("default"), GIVEN("set"), UNSET("not set");

        private final String label;

        Origin(String label) {
            this.label = label;
        }
    }

    /** One setting: its property, its value as text (null when unset), whether the value is a secret. */
    public record Setting(String property, String value, String defaultValue, boolean secret) {

        Origin origin() {
            if (value == null || value.isEmpty()) {
                return Origin.UNSET;
            }
            return value.equals(defaultValue) ? Origin.DEFAULT : Origin.GIVEN;
        }

        String shown() {
            return switch (origin()) {
                case UNSET -> "(not set)";
                case DEFAULT -> value + " (default)";
                case GIVEN -> secret ? "****** (set, not shown)" : withoutSecrets(value);
            };
        }
    }

    private EffectiveSettings() {
    }

    /** Is a setting of this name a secret that is never printed? */
    public static boolean isSecret(String property) {
        return property.toLowerCase(Locale.ROOT).contains("password");
    }

    /** A JDBC URL (or any text) with its secrets replaced by asterisks, as {@link ConnectionSettings#maskUrl} finds them. */
    public static String withoutSecrets(String text) {
        return ConnectionSettings.maskUrl(text, "******");
    }

    /** The lines a goal prints first: a heading, then one line per setting in the given order. */
    public static List<String> describe(String goal, List<Setting> settings) {
        List<String> lines = new ArrayList<>();
        lines.add(goal + " runs with these settings:");
        int width = settings.stream().mapToInt(s -> s.property().length()).max().orElse(0);
        for (Setting setting : settings) {
            lines.add(String.format(Locale.ROOT, "  %-" + width + "s  %s", setting.property(), setting.shown()));
        }
        return lines;
    }
}
