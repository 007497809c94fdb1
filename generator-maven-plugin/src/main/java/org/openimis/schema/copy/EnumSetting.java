package org.openimis.schema.copy;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parsing of a setting whose value names an enum constant, with errors that name the setting and its allowed values. */
final class EnumSetting {

    private EnumSetting() {
    }

    static <E extends Enum<E>> E choice(Class<E> type, String setting, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        throw new IllegalArgumentException("Unknown " + setting + " '" + value + "': use one of "
                + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
    }
}
