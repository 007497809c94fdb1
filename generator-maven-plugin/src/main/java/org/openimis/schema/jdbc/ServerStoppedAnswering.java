package org.openimis.schema.jdbc;

/** A server stopped answering its {@link Heartbeat} during a job: the message names the server and the setting. */
public final class ServerStoppedAnswering extends RuntimeException {

    ServerStoppedAnswering(String message, Throwable cause) {
        super(message, cause);
    }
}
