package org.fieldstock.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, new LocalFailedLogins());

    @Test
    void locksAUserNameAfterFiveFailuresAndOnlyThatName() {
        for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
            throttle.failed("accountant");
            assertTrue(throttle.lockedFor("accountant").isZero(), "still free after " + i + " failures");
        }
        throttle.failed("Accountant ");
        assertEquals(LoginThrottle.LOCK, throttle.lockedFor("accountant"), "names match case-insensitively");
        assertTrue(throttle.lockedFor("planner").isZero());
    }

    @Test
    void theLockExpiresAndASuccessClearsTheCount() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            throttle.failed("keeper");
        }
        clock.advance(LoginThrottle.LOCK.plusSeconds(1));
        assertTrue(throttle.lockedFor("keeper").isZero());

        throttle.failed("keeper");
        throttle.succeeded("keeper");
        for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
            throttle.failed("keeper");
        }
        assertTrue(throttle.lockedFor("keeper").isZero(), "the count started again after the success");
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
            throttle.failed("viewer");
        }
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        throttle.failed("viewer");
        assertTrue(throttle.lockedFor("viewer").isZero());
    }

    /** Two nodes count the same name at once: the one whose write loses counts again on top of the other's. */
    @Test
    void aFailureCountedAtTheSameTimeElsewhereIsNotLost() {
        LocalFailedLogins shared = new LocalFailedLogins();
        LoginThrottle otherNode = new LoginThrottle(clock, shared);
        FailedLogins interrupted = new FailedLogins() {
            private boolean interposed;

            @Override
            public String get(String name) {
                return shared.get(name);
            }

            @Override
            public boolean putIfAbsent(String name, String value) {
                interpose();
                return shared.putIfAbsent(name, value);
            }

            @Override
            public boolean replace(String name, String expected, String value) {
                interpose();
                return shared.replace(name, expected, value);
            }

            @Override
            public void remove(String name) {
                shared.remove(name);
            }

            private void interpose() {
                if (!interposed) {
                    interposed = true;
                    otherNode.failed("prober");
                }
            }
        };
        LoginThrottle thisNode = new LoginThrottle(clock, interrupted);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 2; i++) {
            otherNode.failed("prober");
        }
        thisNode.failed("prober");
        assertEquals(LoginThrottle.LOCK, otherNode.lockedFor("prober"), "both failures counted: the fifth locks");
    }
}
