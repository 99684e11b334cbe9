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
    private final LoginThrottle throttle = new LoginThrottle(clock);

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
}
