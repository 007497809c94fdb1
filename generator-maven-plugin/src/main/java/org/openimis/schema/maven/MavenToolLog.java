package org.openimis.schema.maven;

import org.apache.maven.plugin.logging.Log;
import org.openimis.schema.log.ToolLog;

/** The plain tools' log written to Maven's: warnings as {@code [WARNING]}, debug under {@code -X}. */
record MavenToolLog(Log log) implements ToolLog {

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }
}
