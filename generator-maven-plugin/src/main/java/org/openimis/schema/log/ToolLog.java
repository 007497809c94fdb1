package org.openimis.schema.log;

import java.util.function.Consumer;

/** Where the plain tools report progress and warnings; the Maven layer adapts it to Maven's log. */
public interface ToolLog {

    void info(String message);

    /** A value changed under a policy, data not copied, or anything else an operator should read. */
    void warn(String message);

    /** Detail for diagnosing the tool itself (Maven shows it under -X). */
    void debug(String message);

    /** A log that hands every line to one consumer, warnings prefixed with {@code WARNING: }, debug dropped. */
    static ToolLog lines(Consumer<String> sink) {
        return new ToolLog() {
            @Override
            public void info(String message) {
                sink.accept(message);
            }

            @Override
            public void warn(String message) {
                sink.accept("WARNING: " + message);
            }

            @Override
            public void debug(String message) {
            }
        };
    }
}
