package org.openimis.schema.copy;

import java.util.List;
import java.util.Locale;

/**
 * Values of one source column that the preflight found in one class: how many, up to five sample rows (key and
 * value, never the value of a secret column), and whether they stop the run or are written under a policy.
 *
 * @param references the referenced table of an orphan finding, else null
 * @param problem the problem in words
 */
public record PreflightFinding(String table, String column, String references, PreflightCheck check, String problem,
                               long count, List<String> samples, boolean stopsTheRun) {

    /** One line: {@code tblClaim.FeedbackID -> tblFeedback: 25 value(s) without parent row (e.g. ClaimID=1 (FeedbackID=0))}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s.%s%s: %,d value(s) %s (e.g. %s)", table, column,
                references == null ? "" : " -> " + references, count, problem, String.join("; ", samples));
    }
}
