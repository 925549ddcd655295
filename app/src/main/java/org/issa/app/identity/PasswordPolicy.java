package org.issa.app.identity;

import org.issa.core.error.InvalidInputException;

/** Length over complexity, as NIST SP 800-63B advises: 12 to 128 characters, not the username. */
final class PasswordPolicy {

    static final int MIN = 12;
    static final int MAX = 128;

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password == null || password.length() < MIN) {
            throw new InvalidInputException("password", "password must have at least " + MIN + " characters");
        }
        if (password.length() > MAX) {
            throw new InvalidInputException("password", "password must have at most " + MAX + " characters");
        }
        if (password.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            throw new InvalidInputException("password", "password must not contain the username");
        }
    }
}
