package org.hub.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The sign-in throttle on a clock the test moves: burst, lock-out, doubling, cap, window, reset. */
class LoginThrottleTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), Duration.ofSeconds(30),
            Duration.ofMinutes(15), clock);

    @Test
    void freshUsernameMayTry() {
        assertThat(throttle.retryAfter("alice")).isZero();
        assertThat(throttle.retryAfter(null)).isZero();
    }

    @Test
    void locksAfterTheBurstForTheBaseLockout() {
        fail("alice", 4);
        assertThat(throttle.retryAfter("alice")).isZero();
        fail("alice", 1);
        assertThat(throttle.retryAfter("alice")).isEqualTo(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(10));
        assertThat(throttle.retryAfter("alice")).isEqualTo(Duration.ofSeconds(20));
        clock.advance(Duration.ofSeconds(20));
        assertThat(throttle.retryAfter("alice")).isZero();
    }

    @Test
    void eachFurtherFailureDoublesTheLockoutUpToTheCap() {
        fail("bob", 5);
        assertThat(throttle.retryAfter("bob")).isEqualTo(Duration.ofSeconds(30));
        fail("bob", 1);
        assertThat(throttle.retryAfter("bob")).isEqualTo(Duration.ofSeconds(60));
        fail("bob", 1);
        assertThat(throttle.retryAfter("bob")).isEqualTo(Duration.ofSeconds(120));
        fail("bob", 40);
        assertThat(throttle.retryAfter("bob")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void otherUsernamesAreUnaffected() {
        fail("carol", 5);
        assertThat(throttle.retryAfter("carol")).isPositive();
        assertThat(throttle.retryAfter("dave")).isZero();
    }

    @Test
    void keyIgnoresCaseAndSurroundingSpace() {
        fail("Erin ", 3);
        fail("erin", 2);
        assertThat(throttle.retryAfter(" ERIN")).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void successForgivesEarlierFailures() {
        fail("frank", 4);
        throttle.recordSuccess("frank");
        fail("frank", 4);
        assertThat(throttle.retryAfter("frank")).isZero();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        fail("grace", 4);
        clock.advance(Duration.ofMinutes(16));
        fail("grace", 1);
        assertThat(throttle.retryAfter("grace")).isZero();
        fail("grace", 3);
        assertThat(throttle.retryAfter("grace")).isZero();
        fail("grace", 1);
        assertThat(throttle.retryAfter("grace")).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void unknownAndNullUsernamesAreThrottledToo() {
        fail(null, 5);
        assertThat(throttle.retryAfter(null)).isPositive();
        assertThat(throttle.retryAfter("")).isPositive();
    }

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username);
        }
    }

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
