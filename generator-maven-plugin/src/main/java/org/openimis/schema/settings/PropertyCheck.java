package org.openimis.schema.settings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the {@code -D} properties a user gave against the properties the tool knows: one that no goal knows is an
 * error naming the closest known property, one that only another goal knows is a warning.
 *
 * @param namespace the prefix of the tool's properties ({@code openimis.}); other properties are not the tool's
 * @param ignored prefixes inside the namespace that belong to something else (the project's own test settings)
 * @param goal the properties the running goal knows
 * @param others the properties only other goals know
 */
public record PropertyCheck(String namespace, Set<String> ignored, Set<String> goal, Set<String> others) {

    /** What the check found: errors fail the run, warnings are logged. */
    public record Findings(List<String> errors, List<String> warnings) {
    }

    public Findings check(Set<String> given) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String property : new TreeSet<>(given)) {
            if (!property.startsWith(namespace) || goal.contains(property) || ignored.stream().anyMatch(property::startsWith)) {
                continue;
            }
            if (others.contains(property)) {
                warnings.add(property + " is not a setting of this goal (another goal of the plugin uses it): ignored");
                continue;
            }
            errors.add(property + " is not a setting of this plugin" + closest(property).map(known -> ": did you mean "
                    + known + "?").orElse(""));
        }
        return new Findings(List.copyOf(errors), List.copyOf(warnings));
    }

    /** The known property nearest to a misspelt one (the running goal's first), if it is near enough to be meant. */
    Optional<String> closest(String property) {
        List<String> candidates = new ArrayList<>(new TreeSet<>(goal));
        candidates.addAll(new TreeSet<>(others));
        return candidates.stream()
                .min(Comparator.comparingInt(known -> distance(property, known)))
                .filter(known -> distance(property, known) <= Math.max(2, suffix(known).length() / 3));
    }

    private String suffix(String property) {
        return property.substring(Math.min(namespace.length(), property.length()));
    }

    /** Levenshtein distance, ignoring case (a wrong case is the most common slip: dryrun for dryRun). */
    static int distance(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT);
        String t = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[t.length() + 1];
        int[] current = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int substitution = previous[j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[t.length()];
    }
}
