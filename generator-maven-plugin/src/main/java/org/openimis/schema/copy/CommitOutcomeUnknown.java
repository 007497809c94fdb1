package org.openimis.schema.copy;

import org.openimis.schema.jdbc.ConnectionSettings;

import java.sql.SQLException;

/**
 * The connection to the target was lost while it committed: the commit may or may not have taken effect. The copy is
 * one transaction, so the target holds all of it or none of it; the message says how to tell which.
 */
public final class CommitOutcomeUnknown extends CopyException {

    CommitOutcomeUnknown(ConnectionSettings target, String table, String why, SQLException cause) {
        super(target.masked("The connection to the " + target + " was lost while the copy committed (" + why
                + "): whether the commit took effect is unknown. The copy is one transaction, so "
                + "the target holds all of it or nothing: if " + table + " holds rows there, the copy was committed "
                + "whole; if it is empty, nothing was, and the copy can be run again."), cause);
    }

    /** Whether a failed commit leaves its outcome unknown: the connection broke, rather than the server refusing. */
    static boolean applies(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith("08") || state.startsWith("57P");
    }
}
