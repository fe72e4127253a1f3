package org.hub.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.hub.api.common.TooManyRequestsException;
import org.junit.jupiter.api.Test;

/**
 * The sign-in throttle on a clock the test moves, rule by rule: per username and address (burst,
 * lock-out, doubling, cap, window, reset), per username from everywhere (and the owner's address
 * exempt), per address over all usernames, and what the refusal says.
 */
class LoginThrottleTest {
    private static final String HOME = "192.0.2.10";
    private static final String STRANGER = "198.51.100.7";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final LoginThrottle throttle = LoginThrottle.inMemory(
            new LoginThrottle.Limits(
                    5,
                    Duration.ofMinutes(15),
                    Duration.ofSeconds(30),
                    Duration.ofMinutes(15),
                    20,
                    40,
                    Duration.ofDays(30)),
            10_000,
            clock);

    @Test
    void freshUsernameMayTry() {
        assertThat(throttle.retryAfter("alice", HOME)).isZero();
        assertThat(throttle.retryAfter(null, null)).isZero();
    }

    @Test
    void locksAfterTheBurstForTheBaseLockout() {
        fail("alice", HOME, 4);
        assertThat(throttle.retryAfter("alice", HOME)).isZero();
        fail("alice", HOME, 1);
        assertThat(throttle.retryAfter("alice", HOME)).isEqualTo(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(10));
        assertThat(throttle.retryAfter("alice", HOME)).isEqualTo(Duration.ofSeconds(20));
        clock.advance(Duration.ofSeconds(20));
        assertThat(throttle.retryAfter("alice", HOME)).isZero();
    }

    @Test
    void eachFurtherFailureDoublesTheLockoutUpToTheCap() {
        fail("bob", HOME, 5);
        assertThat(throttle.retryAfter("bob", HOME)).isEqualTo(Duration.ofSeconds(30));
        fail("bob", HOME, 1);
        assertThat(throttle.retryAfter("bob", HOME)).isEqualTo(Duration.ofSeconds(60));
        fail("bob", HOME, 1);
        assertThat(throttle.retryAfter("bob", HOME)).isEqualTo(Duration.ofSeconds(120));
        fail("bob", HOME, 10);
        assertThat(throttle.retryAfter("bob", HOME)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void otherUsernamesAreUnaffected() {
        fail("carol", HOME, 5);
        assertThat(throttle.retryAfter("carol", HOME)).isPositive();
        assertThat(throttle.retryAfter("dave", HOME)).isZero();
    }

    @Test
    void keyIgnoresCaseAndSurroundingSpace() {
        fail("Erin ", HOME, 3);
        fail("erin", HOME, 2);
        assertThat(throttle.retryAfter(" ERIN", HOME)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void successForgivesEarlierFailures() {
        fail("frank", HOME, 4);
        throttle.recordSuccess("frank", HOME);
        fail("frank", HOME, 4);
        assertThat(throttle.retryAfter("frank", HOME)).isZero();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        fail("grace", HOME, 4);
        clock.advance(Duration.ofMinutes(16));
        fail("grace", HOME, 1);
        assertThat(throttle.retryAfter("grace", HOME)).isZero();
        fail("grace", HOME, 3);
        assertThat(throttle.retryAfter("grace", HOME)).isZero();
        fail("grace", HOME, 1);
        assertThat(throttle.retryAfter("grace", HOME)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void unknownAndNullUsernamesAreThrottledToo() {
        fail(null, HOME, 5);
        assertThat(throttle.retryAfter(null, HOME)).isPositive();
        assertThat(throttle.retryAfter("", HOME)).isPositive();
    }

    @Test
    void aStrangersGuessesDoNotLockTheOwnerOutOfTheirOwnAddress() {
        // The attack of the finding: five wrong passwords every 30 seconds, for an hour.
        for (int round = 0; round < 120; round++) {
            for (int i = 0; i < 5; i++) {
                attempt("admin", STRANGER);
            }
            clock.advance(Duration.ofSeconds(30));
        }
        assertThat(throttle.retryAfter("admin", STRANGER))
                .as("the stranger is held back")
                .isPositive();
        assertThat(throttle.retryAfter("admin", HOME))
                .as("the owner at home is not")
                .isZero();
    }

    @Test
    void theStrangerIsSlowedProgressively() {
        int tried = 0;
        Instant end = clock.instant().plus(Duration.ofMinutes(15));
        while (clock.instant().isBefore(end)) {
            tried += attempt("heidi", STRANGER) ? 1 : 0;
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(tried).as("guesses in the first 15 minutes from one address").isBetween(5, 10);
    }

    @Test
    void guessesFromManyAddressesMeetTheLooserPerUsernameRate() {
        for (int i = 0; i < 19; i++) {
            fail("ivan", "203.0.113." + i, 1);
        }
        assertThat(throttle.retryAfter("ivan", "203.0.113.200")).isZero();
        fail("ivan", "203.0.113.19", 1);
        assertThat(throttle.retryAfter("ivan", "203.0.113.200"))
                .as("20 failures from 20 addresses")
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.retryAfter("judy", "203.0.113.200"))
                .as("another username")
                .isZero();
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.retryAfter("ivan", "203.0.113.200"))
                .as("once the window has passed")
                .isZero();
    }

    @Test
    void anAddressTheOwnerSignedInFromIsExemptFromThePerUsernameRate() {
        throttle.recordSuccess("ken", HOME);
        clock.advance(Duration.ofDays(2));
        for (int i = 0; i < 30; i++) {
            fail("ken", "203.0.113." + i, 1);
        }
        assertThat(throttle.retryAfter("ken", "203.0.113.250")).isPositive();
        assertThat(throttle.retryAfter("ken", HOME))
                .as("the owner's usual address")
                .isZero();
        clock.advance(Duration.ofDays(29));
        fail("ken", "203.0.113.1", 20);
        assertThat(throttle.retryAfter("ken", HOME))
                .as("trust fades after 30 days")
                .isPositive();
    }

    @Test
    void oneAddressSprayingManyUsernamesMeetsThePerAddressRate() {
        for (int i = 0; i < 39; i++) {
            fail("spray-" + i, STRANGER, 1);
        }
        assertThat(throttle.retryAfter("spray-new", STRANGER)).isZero();
        fail("spray-39", STRANGER, 1);
        assertThat(throttle.retryAfter("spray-new", STRANGER))
                .as("40 failures over 40 usernames")
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.retryAfter("spray-new", HOME)).as("another address").isZero();
        throttle.recordSuccess("spray-new", STRANGER);
        assertThat(throttle.retryAfter("someone", STRANGER))
                .as("a success does not reset the spray count")
                .isPositive();
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64() {
        for (int i = 0; i < 40; i++) {
            fail("v6-" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1), 1);
        }
        assertThat(throttle.retryAfter("v6-new", "2001:db8:1:2:ffff::9")).isPositive();
        assertThat(throttle.retryAfter("v6-new", "2001:db8:1:3::1")).isZero();
        assertThat(LoginThrottle.client("2001:0db8:0001:0002:0000:0000:0000:0001"))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(LoginThrottle.client("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(LoginThrottle.client(" 192.0.2.1 ")).isEqualTo("192.0.2.1");
        assertThat(LoginThrottle.client(null)).isEqualTo("unknown");
    }

    @Test
    void theRefusalSaysHowLongToWait() {
        fail("leo", HOME, 6);
        assertThatThrownBy(() -> throttle.check("leo", HOME))
                .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.retryAfterSeconds()).isEqualTo(60);
                    assertThat(e.getMessage())
                            .isEqualTo("Too many failed sign-ins for this username; try again in 1 minute.");
                });
        for (int i = 0; i < 40; i++) {
            fail("many-" + i, STRANGER, 1);
        }
        assertThatThrownBy(() -> throttle.check("mia", STRANGER))
                .hasMessage("Too many failed sign-ins from your network address; try again in 15 minutes.");
        assertThat(LoginThrottle.inWords(Duration.ofMillis(1))).isEqualTo("1 second");
        assertThat(LoginThrottle.inWords(Duration.ofSeconds(45))).isEqualTo("45 seconds");
        assertThat(LoginThrottle.inWords(Duration.ofSeconds(61))).isEqualTo("2 minutes");
    }

    @Test
    void theMemoryStoreIsBounded() {
        InMemoryThrottleStore store = new InMemoryThrottleStore(100, Duration.ofHours(1));
        LoginThrottle small = new LoginThrottle(
                new LoginThrottle.Limits(
                        5,
                        Duration.ofMinutes(15),
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(15),
                        20,
                        1_000_000,
                        Duration.ofDays(30)),
                store,
                clock);
        for (int i = 0; i < 5_000; i++) {
            small.recordFailure("made-up-" + i, STRANGER);
        }
        long kept = 0;
        for (int i = 0; i < 5_000; i++) {
            kept += store.get("account\u0000made-up-" + i).isPresent() ? 1 : 0;
        }
        assertThat(kept).isLessThanOrEqualTo(100);
    }

    /** A wrong password as the service sends it: counted only when the throttle let it through. */
    private boolean attempt(String username, String client) {
        if (!throttle.retryAfter(username, client).isZero()) {
            return false;
        }
        throttle.recordFailure(username, client);
        return true;
    }

    private void fail(String username, String client, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, client);
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
