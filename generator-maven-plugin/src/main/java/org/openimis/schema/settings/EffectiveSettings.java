package org.openimis.schema.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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

    private static final Pattern URL_SECRET = Pattern.compile("(?i)((?:password|pwd)=)[^;&]*");

    private EffectiveSettings() {
    }

    /** Is a setting of this name a secret that is never printed? */
    public static boolean isSecret(String property) {
        return property.toLowerCase(Locale.ROOT).contains("password");
    }

    /** A JDBC URL (or any text) with the values of {@code password=} and {@code pwd=} replaced by asterisks. */
    public static String withoutSecrets(String text) {
        return text == null ? null : URL_SECRET.matcher(text).replaceAll("$1******");
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
