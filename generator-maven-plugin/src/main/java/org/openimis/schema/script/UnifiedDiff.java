package org.openimis.schema.script;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts, line by line, as {@code diff -u} prints it. */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff from {@code before} to {@code after}; empty when both are equal. */
    public static String of(String beforeName, String before, String afterName, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        List<Edit> edits = edits(a, b);
        if (edits.stream().allMatch(e -> e.kind == ' ')) {
            return before.equals(after) ? "" : "--- " + beforeName + "\n+++ " + afterName + "\n(line endings differ)\n";
        }
        StringBuilder out = new StringBuilder("--- ").append(beforeName).append('\n')
                .append("+++ ").append(afterName).append('\n');
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).kind == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < edits.size() && end - lastChange <= 2 * CONTEXT) {
                if (edits.get(end).kind != ' ') {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(edits.size(), lastChange + CONTEXT + 1);
            appendHunk(out, edits.subList(start, end));
            i = end;
        }
        return out.toString();
    }

    private static void appendHunk(StringBuilder out, List<Edit> hunk) {
        Edit first = hunk.get(0);
        long beforeCount = hunk.stream().filter(e -> e.kind != '+').count();
        long afterCount = hunk.stream().filter(e -> e.kind != '-').count();
        out.append("@@ -").append(first.beforeLine + (beforeCount == 0 ? 0 : 1)).append(',').append(beforeCount)
                .append(" +").append(first.afterLine + (afterCount == 0 ? 0 : 1)).append(',').append(afterCount)
                .append(" @@\n");
        hunk.forEach(e -> out.append(e.kind).append(e.text).append('\n'));
    }

    private record Edit(char kind, String text, int beforeLine, int afterLine) {
    }

    /** Edits by longest common subsequence, computed only between the differing middle parts of the texts. */
    private static List<Edit> edits(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        int n = a.size() - prefix - suffix;
        int m = b.size() - prefix - suffix;
        int[][] lcs = new int[n + 1][m + 1];
        for (int x = n - 1; x >= 0; x--) {
            for (int y = m - 1; y >= 0; y--) {
                lcs[x][y] = a.get(prefix + x).equals(b.get(prefix + y))
                        ? lcs[x + 1][y + 1] + 1 : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        for (int k = 0; k < prefix; k++) {
            edits.add(new Edit(' ', a.get(k), k, k));
        }
        int x = 0;
        int y = 0;
        while (x < n || y < m) {
            if (x < n && y < m && a.get(prefix + x).equals(b.get(prefix + y))) {
                edits.add(new Edit(' ', a.get(prefix + x), prefix + x, prefix + y));
                x++;
                y++;
            } else if (x < n && (y == m || lcs[x + 1][y] >= lcs[x][y + 1])) {
                edits.add(new Edit('-', a.get(prefix + x), prefix + x, prefix + y));
                x++;
            } else {
                edits.add(new Edit('+', b.get(prefix + y), prefix + x, prefix + y));
                y++;
            }
        }
        for (int k = 0; k < suffix; k++) {
            edits.add(new Edit(' ', a.get(prefix + n + k), prefix + n + k, prefix + m + k));
        }
        return edits;
    }
}
