package org.fieldstock.interfaces.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;

import javax.naming.NamingException;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Treats user names that do not exist like existing ones: the account lock kept on the user's row
 * ({@code AppUser.failedLogin}) cannot count them, so after {@value #MAX_FAILURES} failed logins
 * for an unknown name within the window this refuses it for as long as an account would stay
 * locked, and a prober cannot tell real names from the lock. The counts live in Payara's data grid,
 * so every node of a cluster sees the same ones (a prober gains nothing by going round the nodes);
 * on a server without it (GlassFish) in this server's memory.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = org.fieldstock.domain.user.AppUser.LOCK_DURATION;
    /** How long a count is kept after its last change: past both the window and the lock it means nothing. */
    static final Duration KEPT = (WINDOW.compareTo(LOCK) > 0 ? WINDOW : LOCK).plusMinutes(1);
    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    private final Clock clock;
    private volatile FailedLogins failures;

    public LoginThrottle() {
        this(Clock.systemUTC(), null);
    }

    LoginThrottle(Clock clock, FailedLogins failures) {
        this.clock = clock;
        this.failures = failures;
    }

    /** How long the user name is still locked; zero when it may try. */
    public Duration lockedFor(String username) {
        Failures f = Failures.parse(failures().get(key(username)));
        if (f == null || f.lockedUntil == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.lockedUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public void failed(String username) {
        String key = key(username);
        FailedLogins store = failures();
        while (true) {
            Instant now = clock.instant();
            String current = store.get(key);
            Failures f = Failures.parse(current);
            Failures next = f == null || f.since.plus(WINDOW).isBefore(now)
                    || f.lockedUntil != null && f.lockedUntil.isBefore(now) ? new Failures(now, 0, null) : f;
            int count = next.count + 1;
            String value = new Failures(next.since, count, count >= MAX_FAILURES ? now.plus(LOCK) : null).format();
            if (current == null ? store.putIfAbsent(key, value) : store.replace(key, current, value)) {
                return;
            }
            // another request, perhaps on another node, counted at the same time: count on top of it
        }
    }

    public void succeeded(String username) {
        failures().remove(key(username));
    }

    private FailedLogins failures() {
        FailedLogins store = failures;
        if (store == null) {
            synchronized (this) {
                if (failures == null) {
                    failures = lookUp();
                }
                store = failures;
            }
        }
        return store;
    }

    private static FailedLogins lookUp() {
        try {
            return ClusterFailedLogins.lookUp();
        } catch (NamingException | LinkageError noDataGrid) {
            LOG.info("no data grid (JCache) on this server: the login throttle counts on this server only");
            return new LocalFailedLogins();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** The counts of one name, written as "since count [lockedUntil]" in epoch milliseconds. */
    private record Failures(Instant since, int count, Instant lockedUntil) {

        static Failures parse(String text) {
            if (text == null) {
                return null;
            }
            String[] parts = text.split(" ");
            return new Failures(Instant.ofEpochMilli(Long.parseLong(parts[0])), Integer.parseInt(parts[1]),
                    parts.length > 2 ? Instant.ofEpochMilli(Long.parseLong(parts[2])) : null);
        }

        String format() {
            return since.toEpochMilli() + " " + count + (lockedUntil == null ? "" : " " + lockedUntil.toEpochMilli());
        }
    }
}
