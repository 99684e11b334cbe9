package org.fieldstock.application.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.user.AppUser;
import org.fieldstock.domain.user.Role;
import org.fieldstock.domain.user.UserRepository;

/**
 * Checks a typed user name and password, before anyone is logged in. Failures are counted on the
 * user's row, so that the lock after repeated failures holds on every server, and every failure
 * goes to the audit trail.
 */
@Stateless
@PermitAll
public class LoginService {

    @Inject
    private UserRepository users;

    @Inject
    private Passwords passwords;

    @Inject
    private AuditTrail audit;

    /**
     * The password is checked without holding the user's row (hashing takes a while, and one user's
     * scripts send requests in parallel); the row is locked only to count a failure or to clear the
     * count, and what it says then decides.
     */
    public Outcome check(String typedName, String password) {
        String name = typedName == null ? "" : typedName.strip();
        AppUser user = name.isEmpty() || password == null ? null : users.byUsername(name).orElse(null);
        Instant now = Instant.now();
        if (user == null || !user.isEnabled()) {
            if (password != null) {
                passwords.checkDecoy(password);
            }
            audit.record(name.isEmpty() ? "?" : name, AuditAction.LOGIN_FAILED, AuditSubject.USER, name, null,
                    user == null ? "unknownUser" : "disabled");
            return new Outcome(Status.INVALID, null, Set.of(), false, Duration.ZERO, false);
        }
        if (user.isLocked(now)) {
            return locked(user, now);
        }
        boolean matches = passwords.matches(password, user.getPasswordHash());
        if (matches && user.getFailedLogins() == 0) {
            return valid(user);
        }
        AppUser current = users.byUsernameForUpdate(name).filter(AppUser::isEnabled).orElse(null);
        if (current == null) {
            return new Outcome(Status.INVALID, null, Set.of(), false, Duration.ZERO, false);
        }
        if (current.isLocked(now)) {
            // locked by another attempt meanwhile
            return locked(current, now);
        }
        if (matches && current.getPasswordHash().equals(user.getPasswordHash())) {
            current.succeededLogin();
            return valid(current);
        }
        boolean lockedNow = current.failedLogin(now);
        audit.record(name, AuditAction.LOGIN_FAILED, AuditSubject.USER, name, current.getOrgUnit().getCode(),
                "wrongPassword");
        if (lockedNow) {
            // reported from the next attempt on, as for a name that names no user (see LoginThrottle)
            audit.record(name, AuditAction.ACCOUNT_LOCKED, AuditSubject.USER, name, current.getOrgUnit().getCode(),
                    null);
        }
        return new Outcome(Status.INVALID, null, Set.of(), false, Duration.ZERO, true);
    }

    private Outcome locked(AppUser user, Instant now) {
        audit.record(user.getUsername(), AuditAction.LOGIN_FAILED, AuditSubject.USER, user.getUsername(),
                user.getOrgUnit().getCode(), "locked");
        return Outcome.locked(Duration.between(now, user.getLockedUntil()));
    }

    private static Outcome valid(AppUser user) {
        return new Outcome(Status.VALID, user.getUsername(), user.getRoles(), user.isMustChangePassword(),
                Duration.ZERO, true);
    }

    public enum Status { VALID, INVALID, LOCKED }

    /**
     * What the check found. {@code lockedFor} is how long a locked account stays locked;
     * {@code mustChangePassword} asks the screens to send the user to the password page first;
     * {@code knownUser} is false for a name whose failures no account counts: no such user, or a
     * disabled one (never to be told to the client).
     */
    public record Outcome(Status status, String username, Set<Role> roles, boolean mustChangePassword,
            Duration lockedFor, boolean knownUser) {

        static Outcome locked(Duration lockedFor) {
            return new Outcome(Status.LOCKED, null, Set.of(), false, lockedFor, true);
        }
    }
}
