package org.fieldstock.application.user;

import java.security.SecureRandom;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.fieldstock.domain.user.PasswordHashing;
import org.fieldstock.domain.user.PasswordPolicy;

/** Hashes and checks passwords with PBKDF2 (parameters stored with each hash), and makes temporary ones. */
@ApplicationScoped
public class Passwords {

    /** No 0/O, 1/l/I: a temporary password is read out or copied by hand. */
    private static final String TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int TEMPORARY_LENGTH = 14;

    private final SecureRandom random = new SecureRandom();

    @Inject
    private Pbkdf2PasswordHash hash;

    /** A hash of a password nobody has, checked for unknown users so that they take as long as known ones. */
    private String decoy;

    @PostConstruct
    void init() {
        hash.initialize(PasswordHashing.parameters());
        decoy = hash.generate(temporary().toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of a real check, for a user name that does not exist. */
    public void checkDecoy(String password) {
        hash.verify(password.toCharArray(), decoy);
    }

    public String temporary() {
        StringBuilder password = new StringBuilder(TEMPORARY_LENGTH);
        for (int i = 0; i < TEMPORARY_LENGTH; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
        }
        String made = password.toString();
        return PasswordPolicy.problems("", made).isEmpty() ? made : temporary();
    }
}
