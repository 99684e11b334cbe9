package org.fieldstock.domain.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fieldstock.domain.shared.Problem;

/**
 * What a password a user chooses must be: long enough to resist guessing (length counts more
 * than character classes, as OWASP and NIST advise) and not the user name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** PBKDF2 hashes any length, but a megabyte "password" would only cost the server time. */
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static List<Problem> problems(String username, String password) {
        List<Problem> problems = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add(new Problem("password.tooShort", MIN_LENGTH));
        } else if (password.length() > MAX_LENGTH) {
            problems.add(new Problem("password.tooLong", MAX_LENGTH));
        } else if (password.isBlank()) {
            problems.add(new Problem("password.blank"));
        } else if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add(new Problem("password.containsUsername"));
        }
        return problems;
    }
}
