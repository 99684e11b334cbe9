package org.fieldstock.interfaces.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Treats user names that do not exist like existing ones: the account lock kept on the user's row
 * ({@code AppUser.failedLogin}) cannot count them, so after {@value #MAX_FAILURES} failed logins
 * for an unknown name within the window this refuses it for as long as an account would stay
 * locked, and a prober cannot tell real names from the lock. Kept per server.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = org.fieldstock.domain.user.AppUser.LOCK_DURATION;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the user name is still locked; zero when it may try. */
    public Duration lockedFor(String username) {
        Failures f = failures.get(key(username));
        if (f == null || f.lockedUntil == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.lockedUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public void failed(String username) {
        Instant now = clock.instant();
        failures.compute(key(username), (k, f) -> {
            Failures next = f == null || f.since.plus(WINDOW).isBefore(now)
                    || f.lockedUntil != null && f.lockedUntil.isBefore(now) ? new Failures(now, 0, null) : f;
            int count = next.count + 1;
            return new Failures(next.since, count, count >= MAX_FAILURES ? now.plus(LOCK) : null);
        });
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private record Failures(Instant since, int count, Instant lockedUntil) {
    }
}
