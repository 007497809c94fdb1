package org.openimis.schema.verify;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The names a user keeps on purpose ({@code openimis.verify.ignore}): comma-separated patterns where {@code *} stands
 * for any characters and {@code ?} for one, matched whole and case-sensitively against a difference's name
 * ({@code tblInsuree.MyColumn}, {@code ix_my_report}, {@code uvwMyReport}).
 */
public final class IgnorePatterns {

    private final List<String> patterns;
    private final List<Pattern> compiled;

    private IgnorePatterns(List<String> patterns) {
        this.patterns = patterns;
        this.compiled = patterns.stream().map(IgnorePatterns::compile).toList();
    }

    /** The patterns of a comma-separated setting; null or blank means none. */
    public static IgnorePatterns of(String setting) {
        if (setting == null || setting.isBlank()) {
            return new IgnorePatterns(List.of());
        }
        return new IgnorePatterns(Arrays.stream(setting.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList());
    }

    boolean matches(Difference difference) {
        return compiled.stream().anyMatch(p -> p.matcher(difference.name()).matches());
    }

    @Override
    public String toString() {
        return String.join(",", patterns);
    }

    private static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
