package org.openimis.schema.log;

/** Joining message parts into sentences: one full stop between them, never two. */
public final class Messages {

    private Messages() {
    }

    /** {@code message} followed by the sentence {@code next}, with exactly one full stop (or ? or !) between them. */
    public static String then(String message, String next) {
        String head = message == null ? "" : message.strip();
        while (head.endsWith("..")) {
            head = head.substring(0, head.length() - 1);
        }
        if (head.isEmpty()) {
            return next;
        }
        boolean closed = head.endsWith(".") || head.endsWith("?") || head.endsWith("!") || head.endsWith(":");
        return head + (closed ? " " : ". ") + next;
    }

    /**
     * The message of a failure of a tool that writes, ending with what was committed: unchanged if its last sentence
     * already says it, else followed by {@code outcome} (e.g. "Nothing was committed.").
     */
    public static String endingWith(String message, String outcome) {
        String text = message == null ? "" : message.strip();
        int lastSentence = Math.max(text.lastIndexOf(". ", text.length() - 2), text.lastIndexOf('\n'));
        if (text.substring(lastSentence + 1).contains("committed")) {
            return text;
        }
        return then(text, outcome);
    }
}
