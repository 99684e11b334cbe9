package org.fieldstock.domain.user;

/**
 * Parameters of the PBKDF2 password hash, shared by the identity store that checks
 * passwords and the code that sets them (Jakarta Security defaults to only 2048 iterations).
 */
public final class PasswordHashing {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=600000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";

    private PasswordHashing() {
    }

    /** The parameters as the map {@code Pbkdf2PasswordHash.initialize} takes. */
    public static java.util.Map<String, String> parameters() {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (String p : new String[] {ALGORITHM, ITERATIONS, SALT_SIZE, KEY_SIZE}) {
            int eq = p.indexOf('=');
            map.put(p.substring(0, eq), p.substring(eq + 1));
        }
        return map;
    }
}
