package org.openimis.schema.copy;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Columns whose values are secrets (passwords, password hashes, private keys, salts, tokens): no message, log or
 * report ever shows their values, only their table, column and row key.
 */
final class SecretColumns {

    private static final Pattern SECRET = Pattern.compile("password|privatekey|passwordhash|salt|secret|token|pin");

    private SecretColumns() {
    }

    /** Whether a column holds secrets, judged by its name (tblUsers.StoredPassword, core_User.password, ...). */
    static boolean isSecret(String column) {
        return SECRET.matcher(column.toLowerCase(Locale.ROOT).replace("_", "")).find();
    }
}
