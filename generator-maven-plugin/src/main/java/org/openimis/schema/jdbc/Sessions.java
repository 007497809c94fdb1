package org.openimis.schema.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Session settings of a PostgreSQL connection that runs a long job: no statement, transaction or idle timeout of the
 * server's, role's or database's configuration cuts it short, and a lock wait ends after {@code lockTimeoutSeconds}.
 */
public final class Sessions {

    /** The timeouts set to 0 (off); those the server does not know (transaction_timeout before 17) are skipped. */
    private static final String TIMEOUTS_OFF = "select set_config(name, '0', false) from pg_settings where name in "
            + "('statement_timeout', 'idle_in_transaction_session_timeout', 'idle_session_timeout', 'transaction_timeout')";

    private Sessions() {
    }

    /** Turns the session's own timeouts off and bounds its lock waits. */
    public static void forLongJob(Connection connection, int lockTimeoutSeconds) throws SQLException {
        Sql.execute(connection, TIMEOUTS_OFF);
        try (PreparedStatement lockTimeout = connection.prepareStatement("select set_config('lock_timeout', ?, false)")) {
            lockTimeout.setString(1, lockTimeoutSeconds + "s");
            lockTimeout.execute();
        }
    }
}
