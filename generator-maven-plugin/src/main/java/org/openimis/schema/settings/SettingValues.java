package org.openimis.schema.settings;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Strict parsing of setting values given as text, with errors that name the setting. */
public final class SettingValues {

    private SettingValues() {
    }

    /** {@code true} or {@code false} in any case; anything else (yes, 1, banana) is refused naming the setting. */
    public static boolean bool(String setting, String value) {
        String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(setting + " must be true or false, not '" + value + "'");
        };
    }

    /** A comma-separated list's items without surrounding spaces, empty items dropped; empty for null. */
    public static List<String> list(List<String> items) {
        if (items == null) {
            return List.of();
        }
        return items.stream().filter(Objects::nonNull).flatMap(item -> List.of(item.split(",")).stream())
                .map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}
